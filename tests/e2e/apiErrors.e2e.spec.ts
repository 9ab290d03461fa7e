import { readFileSync } from 'node:fs'
import http from 'node:http'
import { describe, expect, inject, it } from 'vitest'

const baseUrl = inject('baseUrl')
const serverLogFile = inject('serverLogFile')

/** A GET with the target exactly as given (fetch would normalise or refuse some of these). */
function rawGet(target: string) {
  return new Promise<{
    status: number
    type: string
    body: string
    headers: http.IncomingHttpHeaders
  }>((resolve, reject) => {
    const { hostname, port } = new URL(baseUrl)
    const request = http.request({ hostname, port, path: target, method: 'GET' }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: String(response.headers['content-type']),
          body,
          headers: response.headers,
        }),
      )
    })
    request.on('error', reject)
    request.end()
  })
}

/** Where the server's log ends now, for `serverLogSince`. */
const serverLogEnd = () => readFileSync(serverLogFile, 'utf8').length

/** What the server has logged since `end`, without colours. */
const serverLogSince = (end: number) =>
  readFileSync(serverLogFile, 'utf8')
    .slice(end)
    .replace(/\u001b\[[0-9;]*m/g, '')

/** The checks of src/api as Next serves them (the integration tests cover them case by case). */
describe('malformed API requests through the running site', () => {
  // The messages are checked too: the production build minifies class names, and Payload answers
  // an error without a name as "An unknown error occurred.".
  it.each([
    ['/api/guides/abc', 404, /^Not Found$/],
    ['/api/guides/99999999999', 404, /^Not Found$/],
    ['/api/guides?page=-1', 400, /"page"/],
    ['/api/guides?limit=-5', 400, /"limit"/],
    ['/api/guides?locale=xx', 400, /Unknown locale "xx"/],
    ['/api/guides?where=abc', 400, /"where" must be JSON/],
    ['/api/guides?where[id][equals]=99999999999', 400, /is not a document id/],
    ['/api/guides?where[body][like]=x', 400, /operator does not exist: jsonb ~~\* unknown/],
  ])('GET %s is a %i with a JSON message', async (path, status, message) => {
    const response = await fetch(`${baseUrl}${path}`)
    expect(response.status).toBe(status)
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringMatching(message) }] })
  })

  it('an unknown locale is a 400 on our own endpoints too, for a signed-in editor (not a 401)', async () => {
    const login = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@simatlas.test', password: 'simatlas-demo' }),
    })
    const { token } = (await login.json()) as { token: string }
    for (const path of [
      '/api/guides/1/schedule?locale=xx',
      '/api/guides/1/locale-states?locale=xx',
      '/api/xliff/export?locale=xx',
      '/api/carriers/1/schedule?fallback-locale=xx',
    ]) {
      const response = await fetch(`${baseUrl}${path}`, {
        headers: { authorization: `JWT ${token}` },
      })
      expect(response.status, path).toBe(400)
      expect(await response.json(), path).toEqual({
        errors: [{ message: expect.stringMatching(/Unknown .*"xx"/) }],
      })
    }
  })

  it('a REST body that is not JSON is a 400 saying so', async () => {
    const response = await fetch(`${baseUrl}/api/guides`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'not json',
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: [{ message: 'Invalid JSON' }] })
  })

  it('a GraphQL body that is not JSON is a 400 with a JSON message', async () => {
    const response = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'not json',
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: [{ message: 'Invalid JSON' }] })
  })

  it('valid reads are answered as before', async () => {
    const response = await fetch(`${baseUrl}/api/guides?limit=1&locale=ru`)
    expect(response.status).toBe(200)
    const { docs, totalDocs } = await response.json()
    expect(docs).toHaveLength(1)
    expect(totalDocs).toBeGreaterThan(1)
  })
})

describe('request targets no route can mean', () => {
  it.each([
    '/zh/guides/%E4%B8',
    '/zh/guides/%ZZ',
    '/%',
    '/zh/guides/%00',
    '/zh/search?q=%00',
    '/_next/static/%E4%B8',
    '/_next/static/chunks/%00.js',
  ])('GET %s is a 400 with a short plain message, no stack', async (target) => {
    const { status, type, body, headers } = await rawGet(target)
    expect(status).toBe(400)
    expect(type).toMatch(/^text\/plain/)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['content-security-policy']).toContain("default-src 'none'")
    expect(body).toMatch(
      /^Bad request\. The address (has malformed percent-encoding|contains a NUL)/,
    )
    expect(body.length).toBeLessThan(100)
  })

  it.each(['/api/guides/%E4%B8', '/api/media/file/%00', '/api/guides?where[title][equals]=%00'])(
    'GET %s is a 400 in the API error shape',
    async (target) => {
      const { status, body } = await rawGet(target)
      expect(status).toBe(400)
      expect(JSON.parse(body)).toEqual({
        errors: [{ message: expect.stringMatching(/^The address /) }],
      })
    },
  )

  it.each(['/zh/guides/%25', '/en/carriers/%25', '/ru/channels/%25', '/en/guides/100%25'])(
    'GET %s, a literal % in a slug, is the page’s 404, not a 500',
    async (target) => {
      const end = serverLogEnd()
      const { status, type } = await rawGet(target)
      expect(status).toBe(404)
      expect(type).toMatch(/^text\/html/)
      expect(serverLogSince(end)).not.toMatch(/URIError|ERROR/)
    },
  )

  it('well-formed percent-encoding still reaches its page', async () => {
    expect((await rawGet('/zh/guides/%E4%B8%8D%E5%AD%98%E5%9C%A8')).status).toBe(404)
    expect((await rawGet('/zh/search?q=%E7%BB%AD%E8%B4%B9')).status).toBe(200)
  })
})

describe('GraphQL in the production build', () => {
  it('does not suggest the names of fields, and refuses introspection', async () => {
    const post = async (query: string) =>
      (
        await fetch(`${baseUrl}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        })
      ).text()
    const misspelt = await post('{ Guides { docs { titel } } }')
    expect(misspelt).toContain('Cannot query field \\"titel\\" on type \\"Guide\\".')
    expect(misspelt).not.toMatch(/Did you mean/)
    expect(await post('{ __schema { types { name } } }')).not.toContain('"Guide"')
  })
})

describe('what the server logs', () => {
  it("logs an anonymous client's 403, 404 and validation error as one info line each", async () => {
    const from = serverLogEnd()
    const requests = [
      ['GET', '/api/users/1', 403],
      ['GET', '/api/guides/987654', 404],
      ['POST', '/api/users/login', 400],
    ] as const
    for (const [method, path, status] of requests) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'POST' ? JSON.stringify({ password: 'x' }) : undefined,
      })
      expect(response.status).toBe(status)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
    const log = serverLogSince(from)
    for (const [method, path, status] of requests) {
      const lines = log.split('\n').filter((line) => line.includes(`${method} ${path} ${status}`))
      expect(lines, `${method} ${path}`).toHaveLength(1)
      expect(lines[0]).toMatch(/\bINFO\b/)
    }
    expect(log).not.toMatch(/\bERROR\b/)
    expect(log).not.toMatch(/^\s+at /m)
  })

  it('keeps what a client sent on its one line: it cannot forge a log entry', async () => {
    const from = serverLogEnd()
    const response = await fetch(`${baseUrl}/api/guides`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ 'x\n[00:00:00] ERROR (payload): forged': '\u0000' }),
    })
    expect(response.status).toBe(400)
    await new Promise((resolve) => setTimeout(resolve, 500))
    const lines = serverLogSince(from).trim().split('\n')
    expect(lines.filter((line) => line.includes('POST /api/guides 400'))).toHaveLength(1)
    expect(lines.some((line) => /^\[00:00:00\] ERROR/.test(line))).toBe(false)
  })
})
