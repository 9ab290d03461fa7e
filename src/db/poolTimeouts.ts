import { env } from '@/env'

/**
 * Timeouts for every connection Payload opens, so that a database that stalls (overloaded,
 * paused, a network that drops packets) fails a request within seconds instead of holding it,
 * and its connection, until Postgres answers again. `statement_timeout` is Postgres' own and
 * needs a live server to fire; `query_timeout` is the client giving up on a server that does
 * not answer at all. The request then fails with a 503 (see answerDatabaseOutages).
 */
type PoolTimeouts = {
  connectionTimeoutMillis: number
  statement_timeout?: number
  query_timeout?: number
  lock_timeout?: number
  idle_in_transaction_session_timeout?: number
}

export function poolTimeouts(): PoolTimeouts {
  const statement = env.dbStatementTimeoutMs()
  return {
    connectionTimeoutMillis: env.dbConnectTimeoutMs(),
    ...(statement > 0 && {
      statement_timeout: statement,
      query_timeout: statement + 500,
      // A write waiting for another's row lock gives up with the statement, not after it.
      lock_timeout: statement,
      // A transaction left open by a request that died must not hold its locks for long.
      idle_in_transaction_session_timeout: statement * 2,
    }),
  }
}
