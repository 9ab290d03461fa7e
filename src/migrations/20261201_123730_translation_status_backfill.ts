import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { ensureTranslationStatus } from '@/translation/state/backfill'

/**
 * A data migration: the translation state of the content already there (present translations
 * current, absent ones missing). The logic lives in src/translation/state/backfill.ts, which
 * every start also runs after all migrations (`ensureTranslationStatus`, as for the search
 * index). It reads documents with today's config, so it runs outside this migration's
 * transaction (the table exists: the previous migration committed it): on a database whose later
 * migrations have not run yet (a column today's config selects is not there) it fails alone and
 * is left to that start step, instead of failing the upgrade. It is idempotent.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  try {
    const report = await ensureTranslationStatus(payload)
    payload.logger.info(`Translation state backfilled: ${JSON.stringify(report)}`)
  } catch (err) {
    // Expected on a fresh database (a later migration adds tables today's config reads): one
    // line, not a stack.
    payload.logger.info(`Translation state left to the start’s backfill step (${reason(err)})`)
  }
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The rows go with the table (the schema migration's down); nothing to undo here.
}

const reason = (err: unknown) =>
  (err instanceof Error && err.cause instanceof Error ? err.cause : (err as Error))?.message ?? String(err)
