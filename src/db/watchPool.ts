import { postgres } from './postgres'
import type { Payload } from 'payload'

/**
 * node-postgres emits 'error' on the pool when an idle connection dies (Postgres restarted, a
 * failover, an admin terminating sessions). Payload attaches no listener, and an unhandled
 * 'error' event ends the whole server. Log it instead: the pool opens new connections when the
 * database is back, and requests in between fail with an error page.
 */
export function watchDatabasePool(payload: Payload) {
  const pool = postgres(payload).pool
  if (!pool || pool.listenerCount('error') > 0) return
  pool.on('error', (error) => payload.logger.error({ err: error }, 'Postgres connection lost'))
}
