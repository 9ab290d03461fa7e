/**
 * The app's real REST and GraphQL route handlers (the modules `src/app/(payload)/api` mounts:
 * Payload's handlers behind our request checks), called with real Request objects: the whole
 * HTTP layer, access control included, without a running Next server. Import after
 * `bootPayload()` so the config sees the test database.
 */
export async function apiClient() {
  const rest = await import('../../src/app/(payload)/api/[...slug]/route')
  const handlers = { GET: rest.GET, POST: rest.POST, PATCH: rest.PATCH, DELETE: rest.DELETE }
  const graphql = (await import('../../src/app/(payload)/api/graphql/route')).POST

  const request = async (
    method: keyof typeof handlers,
    path: string,
    { body, token }: { body?: unknown; token?: string } = {},
  ) => {
    const url = new URL(`http://localhost/api${path}`)
    const headers = new Headers({ 'content-type': 'application/json' })
    if (token) headers.set('authorization', `JWT ${token}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await handlers[method](
      new Request(url, { method, headers, body: body ? JSON.stringify(body) : undefined }),
      { params: Promise.resolve({ slug }) },
    )
    return { status: response.status, json: await response.json() }
  }

  return {
    /** A request made whole by the caller (its own headers, body, method override). */
    rest: (request: Request) =>
      handlers[request.method as keyof typeof handlers](request, {
        params: Promise.resolve({
          slug: new URL(request.url).pathname.replace(/^\/api\//, '').split('/'),
        }),
      }),
    /** The same for GraphQL. */
    graphqlRequest: (request: Request) => graphql(request),
    get: (path: string, token?: string) => request('GET', path, { token }),
    post: (path: string, body: unknown, token?: string) => request('POST', path, { body, token }),
    patch: (path: string, body: unknown, token?: string) => request('PATCH', path, { body, token }),
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
