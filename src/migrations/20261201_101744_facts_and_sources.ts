import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_guides_sources_language" AS ENUM('zh', 'ru', 'en', 'kk');
  CREATE TYPE "public"."enum__guides_v_version_sources_language" AS ENUM('zh', 'ru', 'en', 'kk');
  CREATE TYPE "public"."enum_carriers_facts_kind" AS ENUM('operator', 'ownership', 'website', 'app', 'balanceCheck', 'packageCheck', 'tariffCheck', 'topUp', 'autoTopUp', 'zeroBalance', 'emergencyCredit', 'askToTopUp', 'documents', 'support');
  CREATE TYPE "public"."enum_carriers_facts_source_language" AS ENUM('zh', 'ru', 'en', 'kk');
  CREATE TYPE "public"."enum_channels_facts_kind" AS ENUM('operator', 'ownership', 'website', 'app', 'balanceCheck', 'packageCheck', 'tariffCheck', 'topUp', 'autoTopUp', 'zeroBalance', 'emergencyCredit', 'askToTopUp', 'documents', 'support');
  CREATE TYPE "public"."enum_channels_facts_source_language" AS ENUM('zh', 'ru', 'en', 'kk');
  CREATE TABLE "guides_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar,
  	"language" "enum_guides_sources_language",
  	"checked_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "_guides_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar,
  	"language" "enum__guides_v_version_sources_language",
  	"checked_on" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "carriers_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_carriers_facts_kind" NOT NULL,
  	"source_url" varchar,
  	"source_title" varchar,
  	"source_language" "enum_carriers_facts_source_language",
  	"source_checked_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "carriers_facts_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "channels_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_channels_facts_kind" NOT NULL,
  	"source_url" varchar,
  	"source_title" varchar,
  	"source_language" "enum_channels_facts_source_language",
  	"source_checked_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "channels_facts_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  DROP TABLE "carriers_contacts" CASCADE;
  ALTER TABLE "carriers" ADD COLUMN "facts_verified_on" timestamp(3) with time zone;
  ALTER TABLE "channels" ADD COLUMN "facts_verified_on" timestamp(3) with time zone;
  ALTER TABLE "guides_sources" ADD CONSTRAINT "guides_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_sources" ADD CONSTRAINT "_guides_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "carriers_facts" ADD CONSTRAINT "carriers_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."carriers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "carriers_facts_locales" ADD CONSTRAINT "carriers_facts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."carriers_facts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "channels_facts" ADD CONSTRAINT "channels_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "channels_facts_locales" ADD CONSTRAINT "channels_facts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."channels_facts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "guides_sources_order_idx" ON "guides_sources" USING btree ("_order");
  CREATE INDEX "guides_sources_parent_id_idx" ON "guides_sources" USING btree ("_parent_id");
  CREATE INDEX "_guides_v_version_sources_order_idx" ON "_guides_v_version_sources" USING btree ("_order");
  CREATE INDEX "_guides_v_version_sources_parent_id_idx" ON "_guides_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "carriers_facts_order_idx" ON "carriers_facts" USING btree ("_order");
  CREATE INDEX "carriers_facts_parent_id_idx" ON "carriers_facts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "carriers_facts_locales_locale_parent_id_unique" ON "carriers_facts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "channels_facts_order_idx" ON "channels_facts" USING btree ("_order");
  CREATE INDEX "channels_facts_parent_id_idx" ON "channels_facts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "channels_facts_locales_locale_parent_id_unique" ON "channels_facts_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "carriers" DROP COLUMN "website";
  ALTER TABLE "carriers" DROP COLUMN "apps_ios";
  ALTER TABLE "carriers" DROP COLUMN "apps_android";
  ALTER TABLE "carriers_locales" DROP COLUMN "balance_check";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "carriers_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"value" varchar NOT NULL
  );
  
  DROP TABLE "guides_sources" CASCADE;
  DROP TABLE "_guides_v_version_sources" CASCADE;
  DROP TABLE "carriers_facts" CASCADE;
  DROP TABLE "carriers_facts_locales" CASCADE;
  DROP TABLE "channels_facts" CASCADE;
  DROP TABLE "channels_facts_locales" CASCADE;
  ALTER TABLE "carriers" ADD COLUMN "website" varchar;
  ALTER TABLE "carriers" ADD COLUMN "apps_ios" varchar;
  ALTER TABLE "carriers" ADD COLUMN "apps_android" varchar;
  ALTER TABLE "carriers_locales" ADD COLUMN "balance_check" varchar;
  ALTER TABLE "carriers_contacts" ADD CONSTRAINT "carriers_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."carriers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "carriers_contacts_order_idx" ON "carriers_contacts" USING btree ("_order");
  CREATE INDEX "carriers_contacts_parent_id_idx" ON "carriers_contacts" USING btree ("_parent_id");
  CREATE INDEX "carriers_contacts_locale_idx" ON "carriers_contacts" USING btree ("_locale");
  ALTER TABLE "carriers" DROP COLUMN "facts_verified_on";
  ALTER TABLE "channels" DROP COLUMN "facts_verified_on";
  DROP TYPE "public"."enum_guides_sources_language";
  DROP TYPE "public"."enum__guides_v_version_sources_language";
  DROP TYPE "public"."enum_carriers_facts_kind";
  DROP TYPE "public"."enum_carriers_facts_source_language";
  DROP TYPE "public"."enum_channels_facts_kind";
  DROP TYPE "public"."enum_channels_facts_source_language";`)
}
