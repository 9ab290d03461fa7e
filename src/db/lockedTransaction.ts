import { postgres } from './postgres'
import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `work` in a transaction on `req` that first takes a Postgres advisory lock per key, so
 * requests for the same key (one client address, one voter) run one after the other while
 * others go on in parallel. A check-then-write such as "fewer than 20 votes this hour, so store
 * one" is only a limit if nothing can write between the check and the write. The locks are
 * taken in a fixed order (no deadlocks) and released with the transaction.
 */
export async function inLockedTransaction<T>(
  req: PayloadRequest,
  keys: string[],
  work: () => Promise<T>,
): Promise<T> {
  const owns = await initTransaction(req)
  try {
    const adapter = postgres(req.payload)
    const session = adapter.sessions[String(await req.transactionID)]
    if (!session) throw new Error('inLockedTransaction: no database transaction to lock in.')
    for (const key of [...new Set(keys)].sort()) {
      await session.db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`)
    }
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}
