// The enum of the carriers' `status` (active/merged) is renamed by hand to `enum_carriers_lifecycle`
// before `enum_carriers_status` is made the publish state's: drizzle-kit altered `_status` before
// adding it (the two enums shared a name: see the `status` field in src/collections/Carriers.ts).
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_carriers_lifecycle" AS ENUM('active', 'merged');
  CREATE TYPE "public"."enum__carriers_v_version_facts_kind" AS ENUM('operator', 'ownership', 'website', 'app', 'balanceCheck', 'packageCheck', 'tariffCheck', 'topUp', 'autoTopUp', 'zeroBalance', 'emergencyCredit', 'askToTopUp', 'documents', 'support');
  CREATE TYPE "public"."enum__carriers_v_version_facts_source_language" AS ENUM('zh', 'ru', 'en', 'kk');
  CREATE TYPE "public"."enum__carriers_v_version_support_languages" AS ENUM('zh', 'ru', 'en', 'kk');
  CREATE TYPE "public"."enum__carriers_v_version_country" AS ENUM('KZ');
  CREATE TYPE "public"."enum__carriers_v_version_auto_renewal" AS ENUM('yes', 'no', 'unknown');
  CREATE TYPE "public"."enum__carriers_v_version_lifecycle" AS ENUM('active', 'merged');
  CREATE TYPE "public"."enum__carriers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__carriers_v_published_locale" AS ENUM('zh', 'ru', 'en');
  CREATE TYPE "public"."enum_channels_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__channels_v_version_kinds" AS ENUM('carrier-website', 'carrier-app', 'retail-store', 'third-party-agent', 'ussd', 'payment-terminal');
  CREATE TYPE "public"."enum__channels_v_version_payment_methods" AS ENUM('card', 'cash-kzt', 'wechat-pay', 'alipay');
  CREATE TYPE "public"."enum__channels_v_version_facts_kind" AS ENUM('operator', 'ownership', 'website', 'app', 'balanceCheck', 'packageCheck', 'tariffCheck', 'topUp', 'autoTopUp', 'zeroBalance', 'emergencyCredit', 'askToTopUp', 'documents', 'support');
  CREATE TYPE "public"."enum__channels_v_version_facts_source_language" AS ENUM('zh', 'ru', 'en', 'kk');
  CREATE TYPE "public"."enum__channels_v_version_verification" AS ENUM('official', 'verified', 'unverified');
  CREATE TYPE "public"."enum__channels_v_version_works_from_abroad" AS ENUM('yes', 'no', 'unknown');
  CREATE TYPE "public"."enum__channels_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__channels_v_published_locale" AS ENUM('zh', 'ru', 'en');
  CREATE TABLE "_carriers_v_version_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__carriers_v_version_facts_kind",
  	"source_url" varchar,
  	"source_title" varchar,
  	"source_language" "enum__carriers_v_version_facts_source_language",
  	"source_checked_on" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_carriers_v_version_facts_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_carriers_v_version_support_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__carriers_v_version_support_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_carriers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_country" "enum__carriers_v_version_country" DEFAULT 'KZ',
  	"version_logo_id" integer,
  	"version_facts_verified_on" timestamp(3) with time zone,
  	"version_auto_renewal" "enum__carriers_v_version_auto_renewal" DEFAULT 'unknown',
  	"version_status" "enum__carriers_v_version_lifecycle" DEFAULT 'active',
  	"version_merged_into_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__carriers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__carriers_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_carriers_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"version_locale_edit_by_id" integer,
  	"version_locale_edit_at" timestamp(3) with time zone,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_carriers_v_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "_channels_v_version_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__channels_v_version_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_channels_v_version_payment_methods" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__channels_v_version_payment_methods",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_channels_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_channels_v_version_pros" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_channels_v_version_cautions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_channels_v_version_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__channels_v_version_facts_kind",
  	"source_url" varchar,
  	"source_title" varchar,
  	"source_language" "enum__channels_v_version_facts_source_language",
  	"source_checked_on" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_channels_v_version_facts_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_channels_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_verification" "enum__channels_v_version_verification" DEFAULT 'unverified',
  	"version_works_from_abroad" "enum__channels_v_version_works_from_abroad" DEFAULT 'unknown',
  	"version_facts_verified_on" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__channels_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__channels_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_channels_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_time_to_effect" varchar,
  	"version_locale_edit_by_id" integer,
  	"version_locale_edit_at" timestamp(3) with time zone,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_channels_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"carriers_id" integer
  );
  
  ALTER TABLE "carriers" ALTER COLUMN "status" DROP DEFAULT;
  ALTER TABLE "carriers" ALTER COLUMN "status" SET DATA TYPE "public"."enum_carriers_lifecycle" USING "status"::text::"public"."enum_carriers_lifecycle";
  ALTER TABLE "carriers" ALTER COLUMN "status" SET DEFAULT 'active';
  DROP TYPE "public"."enum_carriers_status";
  CREATE TYPE "public"."enum_carriers_status" AS ENUM('draft', 'published');
  ALTER TABLE "carriers_facts" ALTER COLUMN "kind" DROP NOT NULL;
  ALTER TABLE "carriers" ALTER COLUMN "slug" DROP NOT NULL;
  ALTER TABLE "carriers" ALTER COLUMN "country" DROP NOT NULL;
  ALTER TABLE "carriers" ALTER COLUMN "auto_renewal" DROP NOT NULL;
  ALTER TABLE "carriers" ALTER COLUMN "status" DROP NOT NULL;
  ALTER TABLE "carriers_locales" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "channels_steps" ALTER COLUMN "text" DROP NOT NULL;
  ALTER TABLE "channels_pros" ALTER COLUMN "text" DROP NOT NULL;
  ALTER TABLE "channels_cautions" ALTER COLUMN "text" DROP NOT NULL;
  ALTER TABLE "channels_facts" ALTER COLUMN "kind" DROP NOT NULL;
  ALTER TABLE "channels" ALTER COLUMN "slug" DROP NOT NULL;
  ALTER TABLE "channels" ALTER COLUMN "verification" DROP NOT NULL;
  ALTER TABLE "channels" ALTER COLUMN "works_from_abroad" DROP NOT NULL;
  ALTER TABLE "channels_locales" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "carriers" ADD COLUMN "_status" "enum_carriers_status" DEFAULT 'draft';
  ALTER TABLE "carriers_locales" ADD COLUMN "locale_edit_by_id" integer;
  ALTER TABLE "carriers_locales" ADD COLUMN "locale_edit_at" timestamp(3) with time zone;
  ALTER TABLE "channels" ADD COLUMN "_status" "enum_channels_status" DEFAULT 'draft';
  ALTER TABLE "channels_locales" ADD COLUMN "locale_edit_by_id" integer;
  ALTER TABLE "channels_locales" ADD COLUMN "locale_edit_at" timestamp(3) with time zone;
  ALTER TABLE "_carriers_v_version_facts" ADD CONSTRAINT "_carriers_v_version_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_carriers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_carriers_v_version_facts_locales" ADD CONSTRAINT "_carriers_v_version_facts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_carriers_v_version_facts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_carriers_v_version_support_languages" ADD CONSTRAINT "_carriers_v_version_support_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_carriers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_carriers_v" ADD CONSTRAINT "_carriers_v_parent_id_carriers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."carriers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_carriers_v" ADD CONSTRAINT "_carriers_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_carriers_v" ADD CONSTRAINT "_carriers_v_version_merged_into_id_carriers_id_fk" FOREIGN KEY ("version_merged_into_id") REFERENCES "public"."carriers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_carriers_v_locales" ADD CONSTRAINT "_carriers_v_locales_version_locale_edit_by_id_users_id_fk" FOREIGN KEY ("version_locale_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_carriers_v_locales" ADD CONSTRAINT "_carriers_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_carriers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_carriers_v_numbers" ADD CONSTRAINT "_carriers_v_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_carriers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_channels_v_version_kinds" ADD CONSTRAINT "_channels_v_version_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_channels_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_channels_v_version_payment_methods" ADD CONSTRAINT "_channels_v_version_payment_methods_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_channels_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_channels_v_version_steps" ADD CONSTRAINT "_channels_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_channels_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_channels_v_version_pros" ADD CONSTRAINT "_channels_v_version_pros_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_channels_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_channels_v_version_cautions" ADD CONSTRAINT "_channels_v_version_cautions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_channels_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_channels_v_version_facts" ADD CONSTRAINT "_channels_v_version_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_channels_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_channels_v_version_facts_locales" ADD CONSTRAINT "_channels_v_version_facts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_channels_v_version_facts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_channels_v" ADD CONSTRAINT "_channels_v_parent_id_channels_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."channels"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_channels_v_locales" ADD CONSTRAINT "_channels_v_locales_version_locale_edit_by_id_users_id_fk" FOREIGN KEY ("version_locale_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_channels_v_locales" ADD CONSTRAINT "_channels_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_channels_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_channels_v_rels" ADD CONSTRAINT "_channels_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_channels_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_channels_v_rels" ADD CONSTRAINT "_channels_v_rels_carriers_fk" FOREIGN KEY ("carriers_id") REFERENCES "public"."carriers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "_carriers_v_version_facts_order_idx" ON "_carriers_v_version_facts" USING btree ("_order");
  CREATE INDEX "_carriers_v_version_facts_parent_id_idx" ON "_carriers_v_version_facts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_carriers_v_version_facts_locales_locale_parent_id_unique" ON "_carriers_v_version_facts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_carriers_v_version_support_languages_order_idx" ON "_carriers_v_version_support_languages" USING btree ("order");
  CREATE INDEX "_carriers_v_version_support_languages_parent_idx" ON "_carriers_v_version_support_languages" USING btree ("parent_id");
  CREATE INDEX "_carriers_v_parent_idx" ON "_carriers_v" USING btree ("parent_id");
  CREATE INDEX "_carriers_v_version_version_slug_idx" ON "_carriers_v" USING btree ("version_slug");
  CREATE INDEX "_carriers_v_version_version_country_idx" ON "_carriers_v" USING btree ("version_country");
  CREATE INDEX "_carriers_v_version_version_logo_idx" ON "_carriers_v" USING btree ("version_logo_id");
  CREATE INDEX "_carriers_v_version_version_merged_into_idx" ON "_carriers_v" USING btree ("version_merged_into_id");
  CREATE INDEX "_carriers_v_version_version_updated_at_idx" ON "_carriers_v" USING btree ("version_updated_at");
  CREATE INDEX "_carriers_v_version_version_created_at_idx" ON "_carriers_v" USING btree ("version_created_at");
  CREATE INDEX "_carriers_v_version_version__status_idx" ON "_carriers_v" USING btree ("version__status");
  CREATE INDEX "_carriers_v_created_at_idx" ON "_carriers_v" USING btree ("created_at");
  CREATE INDEX "_carriers_v_updated_at_idx" ON "_carriers_v" USING btree ("updated_at");
  CREATE INDEX "_carriers_v_snapshot_idx" ON "_carriers_v" USING btree ("snapshot");
  CREATE INDEX "_carriers_v_published_locale_idx" ON "_carriers_v" USING btree ("published_locale");
  CREATE INDEX "_carriers_v_latest_idx" ON "_carriers_v" USING btree ("latest");
  CREATE INDEX "_carriers_v_autosave_idx" ON "_carriers_v" USING btree ("autosave");
  CREATE INDEX "_carriers_v_version_locale_edit_version_locale_edit_by_idx" ON "_carriers_v_locales" USING btree ("version_locale_edit_by_id");
  CREATE UNIQUE INDEX "_carriers_v_locales_locale_parent_id_unique" ON "_carriers_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_carriers_v_numbers_order_parent_idx" ON "_carriers_v_numbers" USING btree ("order","parent_id");
  CREATE INDEX "_channels_v_version_kinds_order_idx" ON "_channels_v_version_kinds" USING btree ("order");
  CREATE INDEX "_channels_v_version_kinds_parent_idx" ON "_channels_v_version_kinds" USING btree ("parent_id");
  CREATE INDEX "_channels_v_version_payment_methods_order_idx" ON "_channels_v_version_payment_methods" USING btree ("order");
  CREATE INDEX "_channels_v_version_payment_methods_parent_idx" ON "_channels_v_version_payment_methods" USING btree ("parent_id");
  CREATE INDEX "_channels_v_version_steps_order_idx" ON "_channels_v_version_steps" USING btree ("_order");
  CREATE INDEX "_channels_v_version_steps_parent_id_idx" ON "_channels_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_channels_v_version_steps_locale_idx" ON "_channels_v_version_steps" USING btree ("_locale");
  CREATE INDEX "_channels_v_version_pros_order_idx" ON "_channels_v_version_pros" USING btree ("_order");
  CREATE INDEX "_channels_v_version_pros_parent_id_idx" ON "_channels_v_version_pros" USING btree ("_parent_id");
  CREATE INDEX "_channels_v_version_pros_locale_idx" ON "_channels_v_version_pros" USING btree ("_locale");
  CREATE INDEX "_channels_v_version_cautions_order_idx" ON "_channels_v_version_cautions" USING btree ("_order");
  CREATE INDEX "_channels_v_version_cautions_parent_id_idx" ON "_channels_v_version_cautions" USING btree ("_parent_id");
  CREATE INDEX "_channels_v_version_cautions_locale_idx" ON "_channels_v_version_cautions" USING btree ("_locale");
  CREATE INDEX "_channels_v_version_facts_order_idx" ON "_channels_v_version_facts" USING btree ("_order");
  CREATE INDEX "_channels_v_version_facts_parent_id_idx" ON "_channels_v_version_facts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_channels_v_version_facts_locales_locale_parent_id_unique" ON "_channels_v_version_facts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_channels_v_parent_idx" ON "_channels_v" USING btree ("parent_id");
  CREATE INDEX "_channels_v_version_version_slug_idx" ON "_channels_v" USING btree ("version_slug");
  CREATE INDEX "_channels_v_version_version_updated_at_idx" ON "_channels_v" USING btree ("version_updated_at");
  CREATE INDEX "_channels_v_version_version_created_at_idx" ON "_channels_v" USING btree ("version_created_at");
  CREATE INDEX "_channels_v_version_version__status_idx" ON "_channels_v" USING btree ("version__status");
  CREATE INDEX "_channels_v_created_at_idx" ON "_channels_v" USING btree ("created_at");
  CREATE INDEX "_channels_v_updated_at_idx" ON "_channels_v" USING btree ("updated_at");
  CREATE INDEX "_channels_v_snapshot_idx" ON "_channels_v" USING btree ("snapshot");
  CREATE INDEX "_channels_v_published_locale_idx" ON "_channels_v" USING btree ("published_locale");
  CREATE INDEX "_channels_v_latest_idx" ON "_channels_v" USING btree ("latest");
  CREATE INDEX "_channels_v_autosave_idx" ON "_channels_v" USING btree ("autosave");
  CREATE INDEX "_channels_v_version_locale_edit_version_locale_edit_by_idx" ON "_channels_v_locales" USING btree ("version_locale_edit_by_id");
  CREATE UNIQUE INDEX "_channels_v_locales_locale_parent_id_unique" ON "_channels_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_channels_v_rels_order_idx" ON "_channels_v_rels" USING btree ("order");
  CREATE INDEX "_channels_v_rels_parent_idx" ON "_channels_v_rels" USING btree ("parent_id");
  CREATE INDEX "_channels_v_rels_path_idx" ON "_channels_v_rels" USING btree ("path");
  CREATE INDEX "_channels_v_rels_carriers_id_idx" ON "_channels_v_rels" USING btree ("carriers_id");
  ALTER TABLE "carriers_locales" ADD CONSTRAINT "carriers_locales_locale_edit_by_id_users_id_fk" FOREIGN KEY ("locale_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "channels_locales" ADD CONSTRAINT "channels_locales_locale_edit_by_id_users_id_fk" FOREIGN KEY ("locale_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "carriers__status_idx" ON "carriers" USING btree ("_status");
  CREATE INDEX "carriers_locale_edit_locale_edit_by_idx" ON "carriers_locales" USING btree ("locale_edit_by_id");
  CREATE INDEX "channels__status_idx" ON "channels" USING btree ("_status");
  CREATE INDEX "channels_locale_edit_locale_edit_by_idx" ON "channels_locales" USING btree ("locale_edit_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "_carriers_v_version_facts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_carriers_v_version_facts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_carriers_v_version_support_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_carriers_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_carriers_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_carriers_v_numbers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_channels_v_version_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_channels_v_version_payment_methods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_channels_v_version_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_channels_v_version_pros" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_channels_v_version_cautions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_channels_v_version_facts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_channels_v_version_facts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_channels_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_channels_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_channels_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "_carriers_v_version_facts" CASCADE;
  DROP TABLE "_carriers_v_version_facts_locales" CASCADE;
  DROP TABLE "_carriers_v_version_support_languages" CASCADE;
  DROP TABLE "_carriers_v" CASCADE;
  DROP TABLE "_carriers_v_locales" CASCADE;
  DROP TABLE "_carriers_v_numbers" CASCADE;
  DROP TABLE "_channels_v_version_kinds" CASCADE;
  DROP TABLE "_channels_v_version_payment_methods" CASCADE;
  DROP TABLE "_channels_v_version_steps" CASCADE;
  DROP TABLE "_channels_v_version_pros" CASCADE;
  DROP TABLE "_channels_v_version_cautions" CASCADE;
  DROP TABLE "_channels_v_version_facts" CASCADE;
  DROP TABLE "_channels_v_version_facts_locales" CASCADE;
  DROP TABLE "_channels_v" CASCADE;
  DROP TABLE "_channels_v_locales" CASCADE;
  DROP TABLE "_channels_v_rels" CASCADE;
  ALTER TABLE "carriers_locales" DROP CONSTRAINT "carriers_locales_locale_edit_by_id_users_id_fk";
  
  ALTER TABLE "channels_locales" DROP CONSTRAINT "channels_locales_locale_edit_by_id_users_id_fk";
  
  ALTER TABLE "carriers" DROP COLUMN "_status";
  DROP TYPE "public"."enum_carriers_status";
  CREATE TYPE "public"."enum_carriers_status" AS ENUM('active', 'merged');
  ALTER TABLE "carriers" ALTER COLUMN "status" DROP DEFAULT;
  ALTER TABLE "carriers" ALTER COLUMN "status" SET DATA TYPE "public"."enum_carriers_status" USING "status"::text::"public"."enum_carriers_status";
  ALTER TABLE "carriers" ALTER COLUMN "status" SET DEFAULT 'active';
  DROP INDEX IF EXISTS "carriers__status_idx";
  DROP INDEX "carriers_locale_edit_locale_edit_by_idx";
  DROP INDEX "channels__status_idx";
  DROP INDEX "channels_locale_edit_locale_edit_by_idx";
  ALTER TABLE "carriers_facts" ALTER COLUMN "kind" SET NOT NULL;
  ALTER TABLE "carriers" ALTER COLUMN "slug" SET NOT NULL;
  ALTER TABLE "carriers" ALTER COLUMN "country" SET NOT NULL;
  ALTER TABLE "carriers" ALTER COLUMN "auto_renewal" SET NOT NULL;
  ALTER TABLE "carriers" ALTER COLUMN "status" SET NOT NULL;
  ALTER TABLE "carriers_locales" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "channels_steps" ALTER COLUMN "text" SET NOT NULL;
  ALTER TABLE "channels_pros" ALTER COLUMN "text" SET NOT NULL;
  ALTER TABLE "channels_cautions" ALTER COLUMN "text" SET NOT NULL;
  ALTER TABLE "channels_facts" ALTER COLUMN "kind" SET NOT NULL;
  ALTER TABLE "channels" ALTER COLUMN "slug" SET NOT NULL;
  ALTER TABLE "channels" ALTER COLUMN "verification" SET NOT NULL;
  ALTER TABLE "channels" ALTER COLUMN "works_from_abroad" SET NOT NULL;
  ALTER TABLE "channels_locales" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "carriers_locales" DROP COLUMN "locale_edit_by_id";
  ALTER TABLE "carriers_locales" DROP COLUMN "locale_edit_at";
  ALTER TABLE "channels" DROP COLUMN "_status";
  ALTER TABLE "channels_locales" DROP COLUMN "locale_edit_by_id";
  ALTER TABLE "channels_locales" DROP COLUMN "locale_edit_at";
  DROP TYPE "public"."enum_carriers_lifecycle";
  DROP TYPE "public"."enum__carriers_v_version_facts_kind";
  DROP TYPE "public"."enum__carriers_v_version_facts_source_language";
  DROP TYPE "public"."enum__carriers_v_version_support_languages";
  DROP TYPE "public"."enum__carriers_v_version_country";
  DROP TYPE "public"."enum__carriers_v_version_auto_renewal";
  DROP TYPE "public"."enum__carriers_v_version_lifecycle";
  DROP TYPE "public"."enum__carriers_v_version_status";
  DROP TYPE "public"."enum__carriers_v_published_locale";
  DROP TYPE "public"."enum_channels_status";
  DROP TYPE "public"."enum__channels_v_version_kinds";
  DROP TYPE "public"."enum__channels_v_version_payment_methods";
  DROP TYPE "public"."enum__channels_v_version_facts_kind";
  DROP TYPE "public"."enum__channels_v_version_facts_source_language";
  DROP TYPE "public"."enum__channels_v_version_verification";
  DROP TYPE "public"."enum__channels_v_version_works_from_abroad";
  DROP TYPE "public"."enum__channels_v_version_status";
  DROP TYPE "public"."enum__channels_v_published_locale";`)
}
