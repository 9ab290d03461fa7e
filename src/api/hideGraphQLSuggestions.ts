import { env } from '@/env'

type Handler = (request: Request) => Promise<Response>

const suggestion = /\s*Did you mean [^?]*\?/g

const withoutSuggestions = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null || !('errors' in value)) return value
  const { errors } = value as { errors: unknown }
  if (!Array.isArray(errors)) return value
  return {
    ...value,
    errors: errors.map((error) =>
      typeof error?.message === 'string'
        ? { ...error, message: error.message.replace(suggestion, '') }
        : error,
    ),
  }
}

/**
 * GraphQL's validation answers a misspelt field, argument, type or enum value with its
 * correction ('Cannot query field "titel" on type "Guide". Did you mean "title"?'), which maps
 * the schema field by field even with introspection off (Payload's
 * `disableIntrospectionInProduction`, on by default). graphql 16 has no switch for it (17's
 * `hideSuggestions`), so in production the suggestions are cut from the messages of the answer.
 */
export function hideGraphQLSuggestions(handler: Handler): Handler {
  return async (request) => {
    const response = await handler(request)
    if (!env.isProduction()) return response
    if (!response.headers.get('content-type')?.includes('json')) return response
    const text = await response.text()
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return new Response(text, response)
    }
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(JSON.stringify(withoutSuggestions(body)), {
      status: response.status,
      statusText: response.statusText,
      headers,
    })
  }
}
