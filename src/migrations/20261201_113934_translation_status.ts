import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translation_status_id" integer;
  ALTER TABLE "translation_status" ADD CONSTRAINT "translation_status_translated_by_id_users_id_fk" FOREIGN KEY ("translated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_status_rels" ADD CONSTRAINT "translation_status_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."translation_status"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translation_status_rels" ADD CONSTRAINT "translation_status_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translation_status_rels" ADD CONSTRAINT "translation_status_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translation_status_rels" ADD CONSTRAINT "translation_status_rels_carriers_fk" FOREIGN KEY ("carriers_id") REFERENCES "public"."carriers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translation_status_rels" ADD CONSTRAINT "translation_status_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_status_fk" FOREIGN KEY ("translation_status_id") REFERENCES "public"."translation_status"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_translation_status_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_status_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Payload generated the drops before the constraint on them; the constraint goes first.
  await db.execute(sql`
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_translation_status_fk";
  DROP INDEX "payload_locked_documents_rels_translation_status_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translation_status_id";
  ALTER TABLE "translation_status" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "translation_status_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "translation_status_rels" CASCADE;
  DROP TABLE "translation_status" CASCADE;
  DROP TYPE "public"."enum_translation_status_collection";
  DROP TYPE "public"."enum_translation_status_locale";
  DROP TYPE "public"."enum_translation_status_state";`)
}
