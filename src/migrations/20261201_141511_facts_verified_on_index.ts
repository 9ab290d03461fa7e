import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "guides_facts_verified_on_idx" ON "guides" USING btree ("facts_verified_on");
  CREATE INDEX "_guides_v_version_version_facts_verified_on_idx" ON "_guides_v" USING btree ("version_facts_verified_on");
  CREATE INDEX "carriers_facts_verified_on_idx" ON "carriers" USING btree ("facts_verified_on");
  CREATE INDEX "channels_facts_verified_on_idx" ON "channels" USING btree ("facts_verified_on");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "guides_facts_verified_on_idx";
  DROP INDEX "_guides_v_version_version_facts_verified_on_idx";
  DROP INDEX "carriers_facts_verified_on_idx";
  DROP INDEX "channels_facts_verified_on_idx";`)
}
