import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { backfillLocaleEdits } from '../publishing/backfillLocaleEdits'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_admin_language" AS ENUM('zh', 'ru', 'en');
  CREATE TYPE "public"."enum_translation_status_collection" AS ENUM('guides', 'faqs', 'carriers', 'channels');
  CREATE TYPE "public"."enum_translation_status_locale" AS ENUM('ru', 'en');
  CREATE TYPE "public"."enum_translation_status_state" AS ENUM('missing', 'outdated', 'current');
  CREATE TABLE "translation_status" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"row_key" varchar NOT NULL,
  	"collection" "enum_translation_status_collection" NOT NULL,
  	"locale" "enum_translation_status_locale" NOT NULL,
  	"title" varchar,
  	"state" "enum_translation_status_state" NOT NULL,
  	"missing_units" numeric DEFAULT 0 NOT NULL,
  	"outdated_units" numeric DEFAULT 0 NOT NULL,
  	"total_units" numeric DEFAULT 0 NOT NULL,
  	"outdated_since" timestamp(3) with time zone,
  	"translated_at" timestamp(3) with time zone,
  	"translated_by_id" integer,
  	"units" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "translation_status_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"guides_id" integer,
  	"faqs_id" integer,
  	"carriers_id" integer,
  	"channels_id" integer
  );
  
  CREATE TABLE "glossary" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"title" varchar,
  	"zh_preferred" varchar NOT NULL,
  	"ru_preferred" varchar,
  	"en_preferred" varchar,
  	"note" varchar,
  	"carrier_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "glossary_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "guides_locales" ADD COLUMN "locale_edit_by_id" integer;
  ALTER TABLE "guides_locales" ADD COLUMN "locale_edit_at" timestamp(3) with time zone;
  ALTER TABLE "_guides_v_locales" ADD COLUMN "version_locale_edit_by_id" integer;
  ALTER TABLE "_guides_v_locales" ADD COLUMN "version_locale_edit_at" timestamp(3) with time zone;
  ALTER TABLE "faqs_locales" ADD COLUMN "locale_edit_by_id" integer;
  ALTER TABLE "faqs_locales" ADD COLUMN "locale_edit_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v_locales" ADD COLUMN "version_locale_edit_by_id" integer;
  ALTER TABLE "_faqs_v_locales" ADD COLUMN "version_locale_edit_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "admin_language" "enum_users_admin_language";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translation_status_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "glossary_id" integer;
  ALTER TABLE "translation_status" ADD CONSTRAINT "translation_status_translated_by_id_users_id_fk" FOREIGN KEY ("translated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_status_rels" ADD CONSTRAINT "translation_status_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."translation_status"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translation_status_rels" ADD CONSTRAINT "translation_status_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translation_status_rels" ADD CONSTRAINT "translation_status_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translation_status_rels" ADD CONSTRAINT "translation_status_rels_carriers_fk" FOREIGN KEY ("carriers_id") REFERENCES "public"."carriers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translation_status_rels" ADD CONSTRAINT "translation_status_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary" ADD CONSTRAINT "glossary_carrier_id_carriers_id_fk" FOREIGN KEY ("carrier_id") REFERENCES "public"."carriers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "glossary_texts" ADD CONSTRAINT "glossary_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "translation_status_row_key_idx" ON "translation_status" USING btree ("row_key");
  CREATE INDEX "translation_status_collection_idx" ON "translation_status" USING btree ("collection");
  CREATE INDEX "translation_status_locale_idx" ON "translation_status" USING btree ("locale");
  CREATE INDEX "translation_status_state_idx" ON "translation_status" USING btree ("state");
  CREATE INDEX "translation_status_outdated_since_idx" ON "translation_status" USING btree ("outdated_since");
  CREATE INDEX "translation_status_translated_by_idx" ON "translation_status" USING btree ("translated_by_id");
  CREATE INDEX "translation_status_updated_at_idx" ON "translation_status" USING btree ("updated_at");
  CREATE INDEX "translation_status_created_at_idx" ON "translation_status" USING btree ("created_at");
  CREATE INDEX "translation_status_rels_order_idx" ON "translation_status_rels" USING btree ("order");
  CREATE INDEX "translation_status_rels_parent_idx" ON "translation_status_rels" USING btree ("parent_id");
  CREATE INDEX "translation_status_rels_path_idx" ON "translation_status_rels" USING btree ("path");
  CREATE INDEX "translation_status_rels_guides_id_idx" ON "translation_status_rels" USING btree ("guides_id");
  CREATE INDEX "translation_status_rels_faqs_id_idx" ON "translation_status_rels" USING btree ("faqs_id");
  CREATE INDEX "translation_status_rels_carriers_id_idx" ON "translation_status_rels" USING btree ("carriers_id");
  CREATE INDEX "translation_status_rels_channels_id_idx" ON "translation_status_rels" USING btree ("channels_id");
  CREATE UNIQUE INDEX "glossary_key_idx" ON "glossary" USING btree ("key");
  CREATE INDEX "glossary_carrier_idx" ON "glossary" USING btree ("carrier_id");
  CREATE INDEX "glossary_updated_at_idx" ON "glossary" USING btree ("updated_at");
  CREATE INDEX "glossary_created_at_idx" ON "glossary" USING btree ("created_at");
  CREATE INDEX "glossary_texts_order_parent" ON "glossary_texts" USING btree ("order","parent_id");
  ALTER TABLE "guides_locales" ADD CONSTRAINT "guides_locales_locale_edit_by_id_users_id_fk" FOREIGN KEY ("locale_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_locales" ADD CONSTRAINT "_guides_v_locales_version_locale_edit_by_id_users_id_fk" FOREIGN KEY ("version_locale_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_locale_edit_by_id_users_id_fk" FOREIGN KEY ("locale_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_version_locale_edit_by_id_users_id_fk" FOREIGN KEY ("version_locale_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_status_fk" FOREIGN KEY ("translation_status_id") REFERENCES "public"."translation_status"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_fk" FOREIGN KEY ("glossary_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "guides_locale_edit_locale_edit_by_idx" ON "guides_locales" USING btree ("locale_edit_by_id");
  CREATE INDEX "_guides_v_version_locale_edit_version_locale_edit_by_idx" ON "_guides_v_locales" USING btree ("version_locale_edit_by_id");
  CREATE INDEX "faqs_locale_edit_locale_edit_by_idx" ON "faqs_locales" USING btree ("locale_edit_by_id");
  CREATE INDEX "_faqs_v_version_locale_edit_version_locale_edit_by_idx" ON "_faqs_v_locales" USING btree ("version_locale_edit_by_id");
  CREATE INDEX "payload_locked_documents_rels_translation_status_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_status_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_id");`)
  // Who last changed each locale: existing locales get their last save's date (who unknown).
  await backfillLocaleEdits(db)
}

// The generated down dropped the tables before the constraints on them; they go last.
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "translation_status" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "translation_status_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guides_locales" DROP CONSTRAINT "guides_locales_locale_edit_by_id_users_id_fk";
  
  ALTER TABLE "_guides_v_locales" DROP CONSTRAINT "_guides_v_locales_version_locale_edit_by_id_users_id_fk";
  
  ALTER TABLE "faqs_locales" DROP CONSTRAINT "faqs_locales_locale_edit_by_id_users_id_fk";
  
  ALTER TABLE "_faqs_v_locales" DROP CONSTRAINT "_faqs_v_locales_version_locale_edit_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_translation_status_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_glossary_fk";
  
  DROP INDEX "guides_locale_edit_locale_edit_by_idx";
  DROP INDEX "_guides_v_version_locale_edit_version_locale_edit_by_idx";
  DROP INDEX "faqs_locale_edit_locale_edit_by_idx";
  DROP INDEX "_faqs_v_version_locale_edit_version_locale_edit_by_idx";
  DROP INDEX "payload_locked_documents_rels_translation_status_id_idx";
  DROP INDEX "payload_locked_documents_rels_glossary_id_idx";
  ALTER TABLE "guides_locales" DROP COLUMN "locale_edit_by_id";
  ALTER TABLE "guides_locales" DROP COLUMN "locale_edit_at";
  ALTER TABLE "_guides_v_locales" DROP COLUMN "version_locale_edit_by_id";
  ALTER TABLE "_guides_v_locales" DROP COLUMN "version_locale_edit_at";
  ALTER TABLE "faqs_locales" DROP COLUMN "locale_edit_by_id";
  ALTER TABLE "faqs_locales" DROP COLUMN "locale_edit_at";
  ALTER TABLE "_faqs_v_locales" DROP COLUMN "version_locale_edit_by_id";
  ALTER TABLE "_faqs_v_locales" DROP COLUMN "version_locale_edit_at";
  ALTER TABLE "users" DROP COLUMN "admin_language";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translation_status_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "glossary_id";
  DROP TABLE "translation_status_rels" CASCADE;
  DROP TABLE "translation_status" CASCADE;
  DROP TABLE "glossary_texts" CASCADE;
  DROP TABLE "glossary" CASCADE;
  DROP TYPE "public"."enum_users_admin_language";
  DROP TYPE "public"."enum_translation_status_collection";
  DROP TYPE "public"."enum_translation_status_locale";
  DROP TYPE "public"."enum_translation_status_state";`)
}
