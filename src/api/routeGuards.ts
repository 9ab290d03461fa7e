import { locales } from '@/i18n/locales'

import { retryAfterSeconds } from './answerDatabaseOutages'
import { clientError } from './clientError'
import { errorResponse } from './errorResponse'

type Handler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>

/** A request's query parameters, including a GET sent as a form body with a method override. */
async function queryParams(request: Request) {
  const params = new URL(request.url).searchParams
  const override =
    request.headers.get('x-payload-http-method-override') ??
    request.headers.get('x-http-method-override')
  if (
    request.method === 'POST' &&
    override === 'GET' &&
    request.headers.get('content-type') === 'application/x-www-form-urlencoded'
  ) {
    for (const [key, value] of new URLSearchParams(await request.clone().text())) {
      params.append(key, value)
    }
  }
  return params
}

const isJson = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * What Payload reads from the query string before any operation (and so before
 * `rejectMalformedQueryArgs`) and gets wrong: an unknown locale silently becomes zh, and a
 * `where` or `data` that is not JSON is a 500.
 */
function queryStringProblem(params: URLSearchParams) {
  const known = locales.join(', ')
  for (const locale of params.getAll('locale')) {
    if (locale && ![...locales, 'all', '*'].includes(locale)) {
      return `Unknown locale "${locale}". Use one of: ${known}.`
    }
  }
  for (const key of ['fallbackLocale', 'fallback-locale']) {
    for (const locale of params.getAll(key)) {
      if (locale && ![...locales, 'none', 'null', 'false'].includes(locale)) {
        return `Unknown ${key} "${locale}". Use one of: ${known}, or none.`
      }
    }
  }
  for (const where of params.getAll('where')) {
    if (where && !isJson(where)) {
      return '"where" must be JSON, e.g. where={"title":{"equals":"…"}}, or bracketed, e.g. where[title][equals]=….'
    }
  }
  for (const data of params.getAll('data')) {
    if (data && !isJson(data)) return '"data" must be JSON.'
  }
  return undefined
}

/** A Payload route handler (REST or GraphQL), answering a malformed query string with a 400. */
export function checkQueryString<Args extends unknown[]>(handler: Handler<Args>): Handler<Args> {
  return async (request, ...args) => {
    const problem = queryStringProblem(await queryParams(request))
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
