import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { reindexAll } from '../lib/search/store'

/**
 * Full-text search index, one row per public document and translated locale (see
 * src/lib/search). Kept in sync by the collections' hooks; filled here for existing content.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "search_index" (
    "id" serial PRIMARY KEY,
    "collection" varchar NOT NULL,
    "doc_id" integer NOT NULL,
    "locale" varchar NOT NULL,
    "slug" varchar NOT NULL,
    "url" varchar NOT NULL,
    "title" varchar NOT NULL,
    "body" text NOT NULL,
    "tsv" tsvector NOT NULL,
    CONSTRAINT "search_index_doc_locale" UNIQUE ("collection", "doc_id", "locale")
  );
  CREATE INDEX "search_index_tsv_idx" ON "search_index" USING gin ("tsv");
  CREATE INDEX "search_index_locale_idx" ON "search_index" ("locale");`)
  await reindexAll(payload, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "search_index";`)
}
