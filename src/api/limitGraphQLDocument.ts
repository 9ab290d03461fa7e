import { parse } from 'graphql'

import { errorResponse } from './errorResponse'

type Handler = (request: Request) => Promise<Response>

/**
 * The most tokens (names, braces, values) a GraphQL document may have. GraphQL's own validation
 * rules run over every field before ours can refuse a query, and some of them (overlapping
 * fields) grow faster than the document: a 2 MB body of aliases holds a core for several
 * seconds. 20,000 tokens is a page-sized query many times over; mutations carry content in
 * `variables`, which are not counted.
 */
export const maxGraphQLTokens = 20_000

/** The `query` of a JSON GraphQL request, when there is one to check. */
async function queryOf(request: Request) {
  if (!/json/i.test(request.headers.get('content-type') ?? '')) return undefined
  try {
    const body = JSON.parse(await request.clone().text()) as { query?: unknown }
    return typeof body.query === 'string' ? body.query : undefined
  } catch {
    return undefined // not JSON: Payload answers that with a 400
  }
}

/**
 * Payload's GraphQL route handler, refusing with a 400 a document with more than
 * `maxGraphQLTokens` tokens before anything validates it. The parser stops counting at the limit,
 * so refusing costs no more than a query of that size. Other syntax errors are GraphQL's to
 * report. Place it inside limitRequestBody: the body is then already in memory.
 */
export function limitGraphQLDocument(handler: Handler): Handler {
  return async (request) => {
    const query = await queryOf(request)
    if (query !== undefined) {
      try {
        parse(query, { maxTokens: maxGraphQLTokens, noLocation: true })
      } catch (error) {
        if (/more th\w+ \d+ tokens/.test((error as Error).message)) {
          return errorResponse(
            `The GraphQL document has more than ${maxGraphQLTokens.toLocaleString('en')} tokens. Send a smaller query, with large values in "variables".`,
            400,
          )
        }
      }
    }
    return handler(request)
  }
}
