import type { AfterErrorHook, PayloadRequest } from 'payload'

import { clientError } from './clientError'

/** What Payload answers for an error it cannot name, or one it takes for a server error. */
const vagueMessages = ['An unknown error occurred.', 'Something went wrong.']

const isJson = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * Payload JSON-parses the `where` and `data` query parameters (its `parseParams`) and lets the
 * SyntaxError through, which would read as an unreadable body. Read from `req.query`, Payload's
 * own parse of the request, a GET sent as a POST with a method override included.
 */
function unparsableQueryParameter(error: unknown, req: PayloadRequest) {
  if (!(error instanceof SyntaxError)) return undefined
  const { where, data } = (req.query ?? {}) as Record<string, unknown>
  if (typeof where === 'string' && where && !isJson(where)) {
    return '"where" must be JSON, e.g. where={"title":{"equals":"…"}}, or bracketed, e.g. where[title][equals]=….'
  }
  if (typeof data === 'string' && data && !isJson(data)) return '"data" must be JSON.'
  return undefined
}

/**
 * Payload words a REST error by its class name, and the production build minifies class names
 * away: Payload's own 400s (a request body that is not JSON) then read "An unknown error
 * occurred.", and a body its multipart parser refuses is a 500 "Something went wrong.". A client
 * error's message is meant for the client, so it is answered with that and its 4xx status;
 * server errors keep Payload's answer, which shows nothing of them. A query Postgres refuses for
 * what the client sent (clientError) is such a client error, in GraphQL too, where Payload would
 * answer it with statusCode 500.
 */
export const keepClientErrorMessages: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  const client = clientError(error)
  if (!client?.message) return
  if (graphqlResult) {
    if (graphqlResult.extensions?.statusCode !== 500) return
    return {
      graphqlResult: {
        ...graphqlResult,
        message: client.message,
        extensions: { ...graphqlResult.extensions, statusCode: client.status },
      },
    }
  }
  const message = unparsableQueryParameter(error, req) ?? client.message
  const answered = result?.errors.length === 1 ? result.errors[0].message : undefined
  if (answered === undefined || (!vagueMessages.includes(answered) && message === client.message)) {
    return
  }
  return { response: { errors: [{ message }] }, status: client.status }
}
