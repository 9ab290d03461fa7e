import { retryAfterSeconds } from './answerDatabaseOutages'
import { clientError } from './clientError'
import { errorResponse } from './errorResponse'
import { localeParametersProblem } from './localeParameters'

type Handler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>

/**
 * A Payload route handler (GraphQL or REST), answering an unknown `locale` or `fallbackLocale`
 * in its URL with a 400 before anything runs. Inside GraphQL the refusal of each operation would
 * come back as a 200 with one error per root field; our own REST endpoints (schedule,
 * locale-states, XLIFF) authenticate before they look at the locale, and Payload drops the
 * session of a request whose locale it cannot resolve, so they answered 401 to a signed-in user.
 * (Collection routes also check them in rejectMalformedQueryArgs, on the URL Payload parsed.)
 */
export function refuseUnknownLocales<Args extends unknown[]>(
  handler: Handler<Args>,
): Handler<Args> {
  return async (request, ...args) => {
    const problem = localeParametersProblem(new URL(request.url).searchParams)
    return problem ? errorResponse(problem, 400) : handler(request, ...args)
  }
}

/**
 * Payload's GraphQL route handler, with its client errors as JSON answers. Payload parses the
 * body before GraphQL does and throws its "Invalid JSON" 400 past the handler, which Next turns
 * into an empty 500, as it does a multipart body it cannot read (see clientError); and GraphQL's own refusals (wrong method or content type) have no body.
 * Anything else is rethrown and stays a 500.
 */
export function reportGraphQLClientErrors(handler: Handler<[]>): Handler<[]> {
  return async (request) => {
    let response: Response
    try {
      response = await handler(request)
    } catch (error) {
      const client = clientError(error)
      if (client) return errorResponse(client.message, client.status)
      throw error
    }
    if (response.status >= 400 && response.status < 500 && !(await response.clone().text())) {
      return errorResponse(
        'Send GraphQL as a POST with content-type application/json and a body like {"query":"{ … }"}.',
        response.status,
      )
    }
    return withGraphQLErrorStatus(response)
  }
}

type GraphQLBody = { data?: unknown; errors?: { extensions?: { statusCode?: unknown } }[] }

/**
 * GraphQL over HTTP answers `application/json` requests 200 even when nothing ran: a query the
 * validation rules refused (too deep, too costly, unknown fields) has errors and no `data`, and
 * is a 400 here, like any refused request. A database outage (errors carrying statusCode 503,
 * see answerDatabaseOutages) is a 503 with Retry-After, data or not.
 */
async function withGraphQLErrorStatus(response: Response) {
  if (response.status !== 200 || !/json/.test(response.headers.get('content-type') ?? '')) {
    return response
  }
  const text = await response.text()
  let body: GraphQLBody
  try {
    body = JSON.parse(text) as GraphQLBody
  } catch {
    return new Response(text, response)
  }
  const statuses = (body.errors ?? []).map((error) => error.extensions?.statusCode)
  const status = statuses.includes(503)
    ? 503
    : body.errors?.length && body.data === undefined
      ? 400
      : 200
  const headers = new Headers(response.headers)
  if (status === 503) headers.set('Retry-After', String(retryAfterSeconds))
  return new Response(text, { status, headers })
}
