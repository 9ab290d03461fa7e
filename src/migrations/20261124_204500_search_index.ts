import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Full-text search index, one row per public document and translated locale (see
 * src/lib/search). Frozen SQL, like every migration: it must not call application code, which
 * reads today's collection config and so breaks on a database from before a later column. The
 * index is filled after the migrations have run (`ensureSearchIndex`), and kept in sync by the
 * collections' hooks.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "search_index" (
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
  CREATE INDEX IF NOT EXISTS "search_index_tsv_idx" ON "search_index" USING gin ("tsv");
  CREATE INDEX IF NOT EXISTS "search_index_locale_idx" ON "search_index" ("locale");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "search_index";`)
}
