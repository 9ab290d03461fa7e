import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_guides_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "carriers_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "carriers_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "carriers_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "channels_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "channels_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "channels_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "guides_locales" ADD CONSTRAINT "guides_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_locales" ADD CONSTRAINT "_guides_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "carriers_locales" ADD CONSTRAINT "carriers_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "channels_locales" ADD CONSTRAINT "channels_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "guides_meta_meta_image_idx" ON "guides_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_guides_v_version_meta_version_meta_image_idx" ON "_guides_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "carriers_meta_meta_image_idx" ON "carriers_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "channels_meta_meta_image_idx" ON "channels_locales" USING btree ("meta_image_id","_locale");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides_locales" DROP CONSTRAINT "guides_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_guides_v_locales" DROP CONSTRAINT "_guides_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "carriers_locales" DROP CONSTRAINT "carriers_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "channels_locales" DROP CONSTRAINT "channels_locales_meta_image_id_media_id_fk";
  
  DROP INDEX "guides_meta_meta_image_idx";
  DROP INDEX "_guides_v_version_meta_version_meta_image_idx";
  DROP INDEX "carriers_meta_meta_image_idx";
  DROP INDEX "channels_meta_meta_image_idx";
  ALTER TABLE "guides_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_guides_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "carriers_locales" DROP COLUMN "meta_title";
  ALTER TABLE "carriers_locales" DROP COLUMN "meta_description";
  ALTER TABLE "carriers_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "channels_locales" DROP COLUMN "meta_title";
  ALTER TABLE "channels_locales" DROP COLUMN "meta_description";
  ALTER TABLE "channels_locales" DROP COLUMN "meta_image_id";`)
}
