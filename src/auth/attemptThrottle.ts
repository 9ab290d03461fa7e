import { postgres } from '@/db/postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Counters for sign-in and password-reset limits, in Postgres so that every app instance counts
 * the same attempts. Created by the migration 20261201_063000_auth_throttle; `npm run dev`, whose
 * schema comes from Payload's push (which knows nothing of this table), creates it on first use.
 */
const createTable = sql`
  CREATE TABLE IF NOT EXISTS "auth_throttle" (
    "key" varchar PRIMARY KEY,
    "hits" integer NOT NULL,
    "window_ends" timestamptz NOT NULL
  );`

export type Limit = {
  /** Names the counter, e.g. `login:client`. */
  scope: string
  /** Attempts allowed in one window. */
  max: number
  windowSeconds: number
}

export type Reservation = { allowed: true } | { allowed: false; retryAfterSeconds: number }

const db = (payload: Payload) => postgres(payload).drizzle

const undefinedTable = (error: unknown) =>
  (error as { code?: string; cause?: { code?: string } })?.code === '42P01' ||
  (error as { cause?: { code?: string } })?.cause?.code === '42P01'

async function run<T>(payload: Payload, query: ReturnType<typeof sql>): Promise<T[]> {
  try {
    return (await db(payload).execute(query)).rows as T[]
  } catch (error) {
    if (!undefinedTable(error)) throw error
    await db(payload).execute(createTable)
    return (await db(payload).execute(query)).rows as T[]
  }
}

/**
 * Counts one attempt and says whether it is within the limit. One upsert, so a parallel burst
 * is counted exactly: the row lock of ON CONFLICT DO UPDATE orders concurrent attempts and each
 * sees its own count. A fixed window: it starts with the first attempt and ends `windowSeconds`
 * later. Counting before the attempt runs (and giving the count back on success, `release`)
 * is what keeps a burst from all passing a check made before any of them failed.
 */
export async function reserveAttempt(
  payload: Payload,
  limit: Limit,
  key: string,
): Promise<Reservation> {
  const id = `${limit.scope}:${key}`
  const window = `${limit.windowSeconds} seconds`
  const [row] = await run<{ hits: number; retry_after: number }>(
    payload,
    sql`
      INSERT INTO "auth_throttle" ("key", "hits", "window_ends")
      VALUES (${id}, 1, now() + ${window}::interval)
      ON CONFLICT ("key") DO UPDATE SET
        "hits" = CASE WHEN "auth_throttle"."window_ends" <= now() THEN 1
                      ELSE "auth_throttle"."hits" + 1 END,
        "window_ends" = CASE WHEN "auth_throttle"."window_ends" <= now()
                             THEN now() + ${window}::interval
                             ELSE "auth_throttle"."window_ends" END
      RETURNING "hits", ceil(extract(epoch FROM "window_ends" - now()))::int AS "retry_after"`,
  )
  // Old windows are of no use; sweep them now and then rather than on every attempt.
  if (Math.random() < 0.01) {
    await run(payload, sql`DELETE FROM "auth_throttle" WHERE "window_ends" < now()`)
  }
  return row.hits > limit.max
    ? { allowed: false, retryAfterSeconds: Math.max(1, row.retry_after) }
    : { allowed: true }
}

/** When the current window of a counter ends, if one is open (without counting anything). */
export async function openWindowEnd(
  payload: Payload,
  limit: Pick<Limit, 'scope'>,
  key: string,
): Promise<Date | undefined> {
  const [row] = await run<{ window_ends: Date | string }>(
    payload,
    sql`SELECT "window_ends" FROM "auth_throttle"
        WHERE "key" = ${`${limit.scope}:${key}`} AND "window_ends" > now()`,
  )
  return row ? new Date(row.window_ends) : undefined
}

/** Forgets a counter (its window and hits). */
export async function clearAttempts(payload: Payload, limit: Pick<Limit, 'scope'>, key: string) {
  await run(payload, sql`DELETE FROM "auth_throttle" WHERE "key" = ${`${limit.scope}:${key}`}`)
}

/** Gives back an attempt counted by `reserveAttempt` that turned out not to count (a success). */
export async function releaseAttempt(payload: Payload, limit: Limit, key: string): Promise<void> {
  await run(
    payload,
    sql`UPDATE "auth_throttle" SET "hits" = greatest("hits" - 1, 0)
        WHERE "key" = ${`${limit.scope}:${key}`} AND "window_ends" > now()`,
  )
}
