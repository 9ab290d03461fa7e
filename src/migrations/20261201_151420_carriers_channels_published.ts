import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

import { publishUnversionedDocuments } from '@/publishing/publishUnversionedDocuments'

/**
 * A data migration: carriers and channels saved before they had drafts were public, so each
 * becomes a published document with a first version (src/publishing/publishUnversionedDocuments.ts,
 * which every start also runs after all migrations, like the search index). It reads documents
 * with today's config, so on a database whose later migrations have not run yet it fails alone:
 * its writes are rolled back to a savepoint and left to that start step, and the upgrade goes on
 * (in this migration's transaction, which a failed statement would otherwise abort). Idempotent.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // `payload migrate` runs each migration in a transaction; a script may call `up` without one.
  const inTransaction = Boolean(req?.transactionID)
  if (inTransaction) await db.execute(sql`SAVEPOINT publish_unversioned`)
  try {
    const report = await publishUnversionedDocuments(payload, req)
    if (inTransaction) await db.execute(sql`RELEASE SAVEPOINT publish_unversioned`)
    payload.logger.info(`Published the documents saved before drafts: ${JSON.stringify(report)}`)
  } catch (err) {
    if (inTransaction) await db.execute(sql`ROLLBACK TO SAVEPOINT publish_unversioned`)
    payload.logger.info(`Publishing pre-draft documents left to the start step (${reason(err)})`)
  }
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The versions go with their tables (the schema migration's down); nothing to undo here.
}

const reason = (err: unknown) =>
  (err instanceof Error && err.cause instanceof Error ? err.cause : (err as Error))?.message ?? String(err)
