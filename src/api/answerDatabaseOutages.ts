import type { AfterErrorHook } from 'payload'

export const databaseUnavailableMessage =
  'The service is temporarily unavailable (its database cannot be reached). Please try again in a few seconds.'

/** Seconds a client is asked to wait before trying again (the `Retry-After` header). */
export const retryAfterSeconds = 5

/** Socket-level failures: the server is down, restarting or unreachable. */
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH'])

/**
 * SQLSTATEs that say "not now" rather than "wrong query": class 08 (connection exception),
 * 57014 (statement timeout), 57P01–57P05 (server shutting down or restarting, idle session
 * timeout), 53300 (too many connections), 55P03 (lock timeout), 25P03 (idle in transaction
 * timeout). Not 08P01, protocol violation: Postgres says it of a statement it will never take
 * (more than 65,535 bind parameters), and the same request fails the same way in a moment.
 */
const unavailableStates = /^(08(?!P01)...|57014|57P0[1-5]|53300|55P03|25P03)$/

/** What node-postgres says when it gives up on a server that does not answer. */
const unavailableMessages =
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout|is not queryable|is not currently accepting connections|the database system is (starting up|shutting down|in recovery mode)/i

function isUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false
  const { code, message } = error as { code?: unknown; message?: unknown }
  if (typeof code === 'string' && (networkCodes.has(code) || unavailableStates.test(code))) {
    return true
  }
  return typeof message === 'string' && unavailableMessages.test(message)
}

/**
 * True when the error, or one it wraps (Drizzle's `cause`, GraphQL's `originalError`), is the
 * database being unreachable or too slow, not a fault in the request or in our code.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error
  for (let i = 0; i < 6 && current && typeof current === 'object'; i++) {
    if (isUnavailable(current)) return true
    const next = current as { cause?: unknown; originalError?: unknown }
    current = next.originalError ?? next.cause
  }
  return false
}

/**
 * A database outage is a 503 "temporarily unavailable" with `Retry-After`, not Payload's 500
 * "An unknown error occurred.": the request was fine and may succeed in a moment, and monitors
 * and caches treat a 503 as exactly that. REST answers the status here; in GraphQL the error
 * carries `statusCode: 503` and the route guard sets the response status (see routeGuards).
 * A genuine bug stays a 500.
 */
export const answerDatabaseOutages: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isDatabaseUnavailable(error)) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(retryAfterSeconds))
  req.responseHeaders = headers
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: databaseUnavailableMessage,
        extensions: { ...graphqlResult.extensions, statusCode: 503 },
      },
    }
  }
  return { status: 503, response: { errors: [{ message: databaseUnavailableMessage }] } }
}
