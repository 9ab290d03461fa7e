import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { backfillLocaleEdits } from '../publishing/backfillLocaleEdits'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides_locales" ADD COLUMN "locale_edit_by_id" integer;
  ALTER TABLE "guides_locales" ADD COLUMN "locale_edit_at" timestamp(3) with time zone;
  ALTER TABLE "_guides_v_locales" ADD COLUMN "version_locale_edit_by_id" integer;
  ALTER TABLE "_guides_v_locales" ADD COLUMN "version_locale_edit_at" timestamp(3) with time zone;
  ALTER TABLE "faqs_locales" ADD COLUMN "locale_edit_by_id" integer;
  ALTER TABLE "faqs_locales" ADD COLUMN "locale_edit_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v_locales" ADD COLUMN "version_locale_edit_by_id" integer;
  ALTER TABLE "_faqs_v_locales" ADD COLUMN "version_locale_edit_at" timestamp(3) with time zone;
  ALTER TABLE "guides_locales" ADD CONSTRAINT "guides_locales_locale_edit_by_id_users_id_fk" FOREIGN KEY ("locale_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_locales" ADD CONSTRAINT "_guides_v_locales_version_locale_edit_by_id_users_id_fk" FOREIGN KEY ("version_locale_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_locale_edit_by_id_users_id_fk" FOREIGN KEY ("locale_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_version_locale_edit_by_id_users_id_fk" FOREIGN KEY ("version_locale_edit_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "guides_locale_edit_locale_edit_by_idx" ON "guides_locales" USING btree ("locale_edit_by_id");
  CREATE INDEX "_guides_v_version_locale_edit_version_locale_edit_by_idx" ON "_guides_v_locales" USING btree ("version_locale_edit_by_id");
  CREATE INDEX "faqs_locale_edit_locale_edit_by_idx" ON "faqs_locales" USING btree ("locale_edit_by_id");
  CREATE INDEX "_faqs_v_version_locale_edit_version_locale_edit_by_idx" ON "_faqs_v_locales" USING btree ("version_locale_edit_by_id");`)
  await backfillLocaleEdits(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides_locales" DROP CONSTRAINT "guides_locales_locale_edit_by_id_users_id_fk";
  
  ALTER TABLE "_guides_v_locales" DROP CONSTRAINT "_guides_v_locales_version_locale_edit_by_id_users_id_fk";
  
  ALTER TABLE "faqs_locales" DROP CONSTRAINT "faqs_locales_locale_edit_by_id_users_id_fk";
  
  ALTER TABLE "_faqs_v_locales" DROP CONSTRAINT "_faqs_v_locales_version_locale_edit_by_id_users_id_fk";
  
  DROP INDEX "guides_locale_edit_locale_edit_by_idx";
  DROP INDEX "_guides_v_version_locale_edit_version_locale_edit_by_idx";
  DROP INDEX "faqs_locale_edit_locale_edit_by_idx";
  DROP INDEX "_faqs_v_version_locale_edit_version_locale_edit_by_idx";
  ALTER TABLE "guides_locales" DROP COLUMN "locale_edit_by_id";
  ALTER TABLE "guides_locales" DROP COLUMN "locale_edit_at";
  ALTER TABLE "_guides_v_locales" DROP COLUMN "version_locale_edit_by_id";
  ALTER TABLE "_guides_v_locales" DROP COLUMN "version_locale_edit_at";
  ALTER TABLE "faqs_locales" DROP COLUMN "locale_edit_by_id";
  ALTER TABLE "faqs_locales" DROP COLUMN "locale_edit_at";
  ALTER TABLE "_faqs_v_locales" DROP COLUMN "version_locale_edit_by_id";
  ALTER TABLE "_faqs_v_locales" DROP COLUMN "version_locale_edit_at";`)
}
