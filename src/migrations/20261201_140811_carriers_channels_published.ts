import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { publishUnversionedDocuments } from '@/publishing/publishUnversionedDocuments'

/**
 * A data migration: carriers and channels saved before they had drafts were public, so each
 * becomes a published document with a first version (src/publishing/publishUnversionedDocuments.ts,
 * which every start also runs after all migrations, like the search index). It reads documents
 * with today's config, so on a database whose later migrations have not run yet it fails alone
 * and is left to that start step instead of failing the upgrade. It is idempotent.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  try {
    const report = await publishUnversionedDocuments(payload, req)
    payload.logger.info(`Published the documents saved before drafts: ${JSON.stringify(report)}`)
  } catch (err) {
    payload.logger.warn({ err, msg: 'Publishing pre-draft documents left to the start step' })
  }
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The versions go with their tables (the schema migration's down); nothing to undo here.
}
