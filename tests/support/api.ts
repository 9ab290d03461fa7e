/**
 * Payload's real REST and GraphQL route handlers (the ones `src/app/(payload)/api` mounts),
 * called with real Request objects: the whole HTTP layer, access control included, without
 * a running Next server. Import after `bootPayload()` so the config sees the test database.
 */
export async function apiClient() {
  const { default: config } = await import('@payload-config')
  const routes = await import('@payloadcms/next/routes')
  const handlers = {
    GET: routes.REST_GET(config),
    POST: routes.REST_POST(config),
    PATCH: routes.REST_PATCH(config),
    DELETE: routes.REST_DELETE(config),
  }
  const graphql = routes.GRAPHQL_POST(config)

  const rest = async (
    method: keyof typeof handlers,
    path: string,
    { body, token }: { body?: unknown; token?: string } = {},
  ) => {
    const url = new URL(`http://localhost/api${path}`)
    const headers = new Headers({ 'content-type': 'application/json' })
    if (token) headers.set('authorization', `JWT ${token}`)
    const request = new Request(url, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
    })
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    return { status: response.status, json: await response.json() }
  }

  return {
    get: (path: string, token?: string) => rest('GET', path, { token }),
    post: (path: string, body: unknown, token?: string) => rest('POST', path, { body, token }),
    patch: (path: string, body: unknown, token?: string) => rest('PATCH', path, { body, token }),
    graphql: async (query: string, token?: string) => {
      const headers = new Headers({ 'content-type': 'application/json' })
      if (token) headers.set('authorization', `JWT ${token}`)
      const response = await graphql(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers,
          body: JSON.stringify({ query }),
        }),
      )
      return { status: response.status, json: await response.json() }
    },
  }
}
