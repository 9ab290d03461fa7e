import { postgres } from './postgres'
import type { Payload } from 'payload'

/**
 * Close a Payload instance's database connections. `payload.destroy()` leaves the adapter's pool
 * open, and the adapter keeps one client checked out for its whole life (to watch for
 * disconnects), so `pool.end()` never resolves: end the idle clients without waiting, and ignore
 * the errors the remaining connection raises when the server goes away.
 */
export async function closePayload(payload: Payload) {
  await payload.destroy()
  const pool = postgres(payload).pool
  if (!pool) return
  pool.on('error', () => undefined)
  void pool.end().catch(() => undefined)
}
