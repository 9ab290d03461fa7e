import { sql, type MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * Data step of the `translators_workspace` migration: gives the content saved before per-locale stamps
 * existed a "when" for every locale that has text (the document's, or each version's, last
 * save), and no "who" (unknown: it was never recorded). Nothing else changes, so every locale's
 * publish state (`localePublishStates`, which compares the published text with the newest
 * draft's) is what it was. Frozen SQL on the tables as that migration leaves them, one statement
 * per table (a few hundred rows here; each is one pass over an indexed join).
 */
export async function backfillLocaleEdits(db: MigrateUpArgs['db']): Promise<void> {
  for (const [main, versions, translated] of [
    ['guides', '_guides_v', 'title'],
    ['faqs', '_faqs_v', 'question'],
  ] as const) {
    await db.execute(sql`
      UPDATE ${sql.identifier(`${main}_locales`)} AS l
      SET locale_edit_at = d.updated_at
      FROM ${sql.identifier(main)} AS d
      WHERE l._parent_id = d.id AND l.locale_edit_at IS NULL
        AND coalesce(${sql.identifier(translated)}, '') <> ''`)
    await db.execute(sql`
      UPDATE ${sql.identifier(`${versions}_locales`)} AS l
      SET version_locale_edit_at = coalesce(v.version_updated_at, v.updated_at)
      FROM ${sql.identifier(versions)} AS v
      WHERE l._parent_id = v.id AND l.version_locale_edit_at IS NULL
        AND coalesce(${sql.identifier(`version_${translated}`)}, '') <> ''`)
  }
}
