import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Counters for the sign-in and password-reset limits (src/auth/attemptThrottle.ts): one row per
 * limit and client or email hash, counting attempts in a fixed window.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE IF NOT EXISTS "auth_throttle" (
      "key" varchar PRIMARY KEY,
      "hits" integer NOT NULL,
      "window_ends" timestamptz NOT NULL
    );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "auth_throttle";`)
}
