import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reports_status" AS ENUM('open', 'fixed', 'dismissed');
  CREATE TYPE "public"."enum_reports_locale" AS ENUM('zh', 'ru', 'en');
  CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('reference', 'custom');
  CREATE TYPE "public"."enum_redirects_to_locale" AS ENUM('zh', 'ru', 'en');
  CREATE TYPE "public"."enum_redirects_type" AS ENUM('307', '308');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_reports_status" DEFAULT 'open' NOT NULL,
  	"editor_note" varchar,
  	"path" varchar NOT NULL,
  	"locale" "enum_reports_locale" NOT NULL,
  	"wrong" varchar NOT NULL,
  	"right" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"guides_id" integer,
  	"carriers_id" integer,
  	"channels_id" integer
  );
  
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to_type" "enum_redirects_to_type" DEFAULT 'reference',
  	"to_locale" "enum_redirects_to_locale",
  	"to_url" varchar,
  	"type" "enum_redirects_type" DEFAULT '308' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"guides_id" integer,
  	"carriers_id" integer,
  	"channels_id" integer
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "guides_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_guides_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "carriers" ADD COLUMN "app_links_app_store" varchar;
  ALTER TABLE "carriers" ADD COLUMN "app_links_google_play" varchar;
  ALTER TABLE "carriers_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "carriers_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "carriers_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_carriers_v" ADD COLUMN "version_app_links_app_store" varchar;
  ALTER TABLE "_carriers_v" ADD COLUMN "version_app_links_google_play" varchar;
  ALTER TABLE "_carriers_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_carriers_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_carriers_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "channels_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "channels_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "channels_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_channels_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_channels_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_channels_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_carriers_fk" FOREIGN KEY ("carriers_id") REFERENCES "public"."carriers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_carriers_fk" FOREIGN KEY ("carriers_id") REFERENCES "public"."carriers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reports_status_idx" ON "reports" USING btree ("status");
  CREATE INDEX "reports_locale_idx" ON "reports" USING btree ("locale");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE INDEX "reports_rels_order_idx" ON "reports_rels" USING btree ("order");
  CREATE INDEX "reports_rels_parent_idx" ON "reports_rels" USING btree ("parent_id");
  CREATE INDEX "reports_rels_path_idx" ON "reports_rels" USING btree ("path");
  CREATE INDEX "reports_rels_guides_id_idx" ON "reports_rels" USING btree ("guides_id");
  CREATE INDEX "reports_rels_carriers_id_idx" ON "reports_rels" USING btree ("carriers_id");
  CREATE INDEX "reports_rels_channels_id_idx" ON "reports_rels" USING btree ("channels_id");
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_guides_id_idx" ON "redirects_rels" USING btree ("guides_id");
  CREATE INDEX "redirects_rels_carriers_id_idx" ON "redirects_rels" USING btree ("carriers_id");
  CREATE INDEX "redirects_rels_channels_id_idx" ON "redirects_rels" USING btree ("channels_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "guides_locales" ADD CONSTRAINT "guides_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_locales" ADD CONSTRAINT "_guides_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "carriers_locales" ADD CONSTRAINT "carriers_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_carriers_v_locales" ADD CONSTRAINT "_carriers_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "channels_locales" ADD CONSTRAINT "channels_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_channels_v_locales" ADD CONSTRAINT "_channels_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "guides_facts_verified_on_idx" ON "guides" USING btree ("facts_verified_on");
  CREATE INDEX "guides_meta_meta_image_idx" ON "guides_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_guides_v_version_version_facts_verified_on_idx" ON "_guides_v" USING btree ("version_facts_verified_on");
  CREATE INDEX "_guides_v_version_meta_version_meta_image_idx" ON "_guides_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "carriers_facts_verified_on_idx" ON "carriers" USING btree ("facts_verified_on");
  CREATE INDEX "carriers_meta_meta_image_idx" ON "carriers_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_carriers_v_version_version_facts_verified_on_idx" ON "_carriers_v" USING btree ("version_facts_verified_on");
  CREATE INDEX "_carriers_v_version_meta_version_meta_image_idx" ON "_carriers_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "channels_facts_verified_on_idx" ON "channels" USING btree ("facts_verified_on");
  CREATE INDEX "channels_meta_meta_image_idx" ON "channels_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_channels_v_version_version_facts_verified_on_idx" ON "_channels_v" USING btree ("version_facts_verified_on");
  CREATE INDEX "_channels_v_version_meta_version_meta_image_idx" ON "_channels_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reports_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guides_locales" DROP CONSTRAINT "guides_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_guides_v_locales" DROP CONSTRAINT "_guides_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "carriers_locales" DROP CONSTRAINT "carriers_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_carriers_v_locales" DROP CONSTRAINT "_carriers_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "channels_locales" DROP CONSTRAINT "channels_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_channels_v_locales" DROP CONSTRAINT "_channels_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_redirects_fk";
  
  DROP INDEX "guides_facts_verified_on_idx";
  DROP INDEX "guides_meta_meta_image_idx";
  DROP INDEX "_guides_v_version_version_facts_verified_on_idx";
  DROP INDEX "_guides_v_version_meta_version_meta_image_idx";
  DROP INDEX "carriers_facts_verified_on_idx";
  DROP INDEX "carriers_meta_meta_image_idx";
  DROP INDEX "_carriers_v_version_version_facts_verified_on_idx";
  DROP INDEX "_carriers_v_version_meta_version_meta_image_idx";
  DROP INDEX "channels_facts_verified_on_idx";
  DROP INDEX "channels_meta_meta_image_idx";
  DROP INDEX "_channels_v_version_version_facts_verified_on_idx";
  DROP INDEX "_channels_v_version_meta_version_meta_image_idx";
  DROP INDEX "payload_locked_documents_rels_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_redirects_id_idx";
  ALTER TABLE "guides_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_guides_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "carriers" DROP COLUMN "app_links_app_store";
  ALTER TABLE "carriers" DROP COLUMN "app_links_google_play";
  ALTER TABLE "carriers_locales" DROP COLUMN "meta_title";
  ALTER TABLE "carriers_locales" DROP COLUMN "meta_description";
  ALTER TABLE "carriers_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_carriers_v" DROP COLUMN "version_app_links_app_store";
  ALTER TABLE "_carriers_v" DROP COLUMN "version_app_links_google_play";
  ALTER TABLE "_carriers_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_carriers_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_carriers_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "channels_locales" DROP COLUMN "meta_title";
  ALTER TABLE "channels_locales" DROP COLUMN "meta_description";
  ALTER TABLE "channels_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_channels_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_channels_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_channels_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  DROP TABLE "reports" CASCADE;
  DROP TABLE "reports_rels" CASCADE;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TYPE "public"."enum_reports_status";
  DROP TYPE "public"."enum_reports_locale";
  DROP TYPE "public"."enum_redirects_to_type";
  DROP TYPE "public"."enum_redirects_to_locale";
  DROP TYPE "public"."enum_redirects_type";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
