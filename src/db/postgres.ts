import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Payload's database adapter as what payload.config.ts makes it, the Postgres one: its Drizzle
 * instance, pool, and the operators its query builder knows. Payload types `payload.db` as the
 * generic adapter, so this is the one place that says which adapter it is.
 */
export const postgres = (payload: Payload): PostgresAdapter =>
  payload.db as unknown as PostgresAdapter
