/** Signs in to the running site as a demo account (seeded with the password `simatlas-demo`). */
export async function signInToSite(baseUrl: string, email: string, password = 'simatlas-demo') {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return ((await login.json()) as { token: string }).token
}

/** A signed-in REST client for the running site, as the admin UI would use it. */
export async function restClientFor(baseUrl: string, email: string, password = 'simatlas-demo') {
  const token = await signInToSite(baseUrl, email, password)
  return async function api(method: string, path: string, body?: unknown) {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body ? JSON.stringify(body) : undefined,
    })
    const json = await response.json()
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }
}
