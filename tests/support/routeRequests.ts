/**
 * Requests to the app's real REST and GraphQL route handlers (as tests/support/api.ts) with what
 * that helper leaves out: the client address (X-Forwarded-For, which the server sets from the
 * socket), response headers, and multipart bodies for uploads. Import after `bootPayload()`.
 */
export async function routeRequests() {
  const rest = await import('../../src/app/(payload)/api/[...slug]/route')
  const handlers = { GET: rest.GET, POST: rest.POST, PATCH: rest.PATCH, DELETE: rest.DELETE }
  const graphqlHandler = (await import('../../src/app/(payload)/api/graphql/route')).POST

  type Options = { json?: unknown; form?: FormData; token?: string; client?: string }

  const headersFor = ({ json, token, client }: Options) => {
    const headers = new Headers()
    if (json !== undefined) headers.set('content-type', 'application/json')
    if (token) headers.set('authorization', `JWT ${token}`)
    if (client) headers.set('x-forwarded-for', client)
    return headers
  }

  const send = async (method: keyof typeof handlers, path: string, options: Options = {}) => {
    const url = new URL(`http://localhost/api${path}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const body =
      options.form ?? (options.json === undefined ? undefined : JSON.stringify(options.json))
    const response = await handlers[method](
      new Request(url, { method, headers: headersFor(options), body }),
      { params: Promise.resolve({ slug }) },
    )
    const text = await response.text()
    return {
      status: response.status,
      headers: response.headers,
      json: text ? JSON.parse(text) : null,
    }
  }

  const graphql = async (query: string, options: Omit<Options, 'json' | 'form'> = {}) => {
    const response = await graphqlHandler(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: headersFor({ ...options, json: true }),
        body: JSON.stringify({ query }),
      }),
    )
    return { status: response.status, headers: response.headers, json: await response.json() }
  }

  return { send, graphql }
}
