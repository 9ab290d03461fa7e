import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_faqs_sources_language" AS ENUM('zh', 'ru', 'en', 'kk');
  CREATE TYPE "public"."enum__faqs_v_version_sources_language" AS ENUM('zh', 'ru', 'en', 'kk');
  CREATE TABLE "faqs_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar,
  	"language" "enum_faqs_sources_language",
  	"checked_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "_faqs_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"title" varchar,
  	"language" "enum__faqs_v_version_sources_language",
  	"checked_on" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  ALTER TABLE "faqs_sources" ADD CONSTRAINT "faqs_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_version_sources" ADD CONSTRAINT "_faqs_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "faqs_sources_order_idx" ON "faqs_sources" USING btree ("_order");
  CREATE INDEX "faqs_sources_parent_id_idx" ON "faqs_sources" USING btree ("_parent_id");
  CREATE INDEX "_faqs_v_version_sources_order_idx" ON "_faqs_v_version_sources" USING btree ("_order");
  CREATE INDEX "_faqs_v_version_sources_parent_id_idx" ON "_faqs_v_version_sources" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "faqs_sources" CASCADE;
  DROP TABLE "_faqs_v_version_sources" CASCADE;
  DROP TYPE "public"."enum_faqs_sources_language";
  DROP TYPE "public"."enum__faqs_v_version_sources_language";`)
}
