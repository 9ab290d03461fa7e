import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "carriers" ADD COLUMN "app_links_app_store" varchar;
  ALTER TABLE "carriers" ADD COLUMN "app_links_google_play" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "carriers" DROP COLUMN "app_links_app_store";
  ALTER TABLE "carriers" DROP COLUMN "app_links_google_play";`)
}
