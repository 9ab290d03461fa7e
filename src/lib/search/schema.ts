import { sql } from '@payloadcms/db-postgres'

/**
 * The search index table, for `npm run dev`, whose schema comes from Payload's push (which
 * knows nothing of this table). Every real database gets it from its migration
 * (20261124_204500_search_index), which keeps its own frozen copy: a change here needs a new
 * migration too.
 */
export const createSearchIndex = sql`
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
  CREATE INDEX IF NOT EXISTS "search_index_locale_idx" ON "search_index" ("locale");`
