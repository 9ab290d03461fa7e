import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { ensureTranslationStatus } from '@/translation/state/backfill'

/**
 * A data migration: the translation state of the content already there (present translations
 * current, absent ones missing). The logic lives in src/translation/state/backfill.ts, which
 * every start also runs, so a database migrated before a later change is filled all the same.
 * It must run after the migration that creates `translation_status`.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const report = await ensureTranslationStatus(payload, req)
  payload.logger.info(`Translation state backfilled: ${JSON.stringify(report)}`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The rows go with the table (the schema migration's down); nothing to undo here.
  void db
}
