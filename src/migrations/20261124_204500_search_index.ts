import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { createSearchIndex } from '../lib/search/schema'
import { reindexAll } from '../lib/search/store'

/**
 * Full-text search index, one row per public document and translated locale (see
 * src/lib/search). Kept in sync by the collections' hooks; filled here for existing content.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(createSearchIndex)
  await reindexAll(payload, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "search_index";`)
}
