import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { doc, p } from '../support/lexical'
import { createGuide } from '../support/content'
import { bootPayload, closePayload } from '../support/payload'

/**
 * Cross-site request forgery: another site's page making the editor's browser send writes with
 * the session cookie. Driven through the app's real REST and GraphQL route handlers.
 */
let payload: Payload
let rest: typeof import('../../src/app/(payload)/api/[...slug]/route')
let graphql: (request: Request) => Promise<Response>
let cookie: string
let guideId: number
const password = 'correct-horse-battery'

const send = async (
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  { origin, body, site }: { origin?: string; body?: unknown; site?: string } = {},
) => {
  const url = new URL(`http://localhost:3000/api${path}`)
  const headers = new Headers({ 'content-type': 'application/json', cookie, host: url.host })
  if (origin) headers.set('origin', origin)
  if (site) headers.set('sec-fetch-site', site)
  const request = new Request(url, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
  })
  const response =
    path === '/graphql'
      ? await graphql(request)
      : await rest[method](request, {
          params: Promise.resolve({ slug: url.pathname.split('/').slice(2) }),
        })
  return { status: response.status, json: await response.json() }
}
const title = async () =>
  (await payload.findByID({ collection: 'guides', id: guideId, locale: 'zh' })).title

beforeAll(async () => {
  payload = await bootPayload()
  rest = await import('../../src/app/(payload)/api/[...slug]/route')
  graphql = (await import('../../src/app/(payload)/api/graphql/route')).POST
  await payload.create({
    collection: 'users',
    data: { email: 'editor@csrf.test', password, role: 'editor' } as User,
  })
  guideId = (
    await createGuide(payload, {
      title: '原标题',
      slug: 'yuan',
      body: doc(p('文本')),
      _status: 'published',
    })
  ).id
  const login = await rest.POST(
    new Request('http://localhost:3000/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
      body: JSON.stringify({ email: 'editor@csrf.test', password }),
    }),
    { params: Promise.resolve({ slug: ['users', 'login'] }) },
  )
  expect(login.status).toBe(200)
  cookie = login.headers.get('set-cookie')!.split(';')[0]
  expect(cookie).toMatch(/^payload-token=/)
})
afterAll(async () => {
  await closePayload(payload)
})
afterEach(() => {
  delete process.env.NEXT_PUBLIC_SERVER_URL
})

describe('writes with the session cookie', () => {
  it('from another origin are refused on REST, GraphQL and logout, and change nothing', async () => {
    const evil = { origin: 'http://evil.example' }
    const patch = await send('PATCH', `/guides/${guideId}?locale=zh`, {
      ...evil,
      body: { title: '被篡改' },
    })
    expect(patch.status).toBe(403)
    expect(patch.json.errors[0].message).toMatch(/cross-origin/i)
    const mutation = await send('POST', '/graphql', {
      ...evil,
      body: { query: `mutation { updateGuide(id: ${guideId}, data: { title: "被篡改" }) { id } }` },
    })
    expect(mutation.status).toBe(403)
    expect((await send('DELETE', `/guides/${guideId}`, evil)).status).toBe(403)
    expect((await send('POST', '/users/logout', evil)).status).toBe(403)
    // A look-alike host, a sandboxed frame ("null") and a browser that only says cross-site.
    for (const origin of ['http://localhost:3000.evil.example', 'null']) {
      expect(
        (await send('PATCH', `/guides/${guideId}`, { origin, body: { title: 'x' } })).status,
      ).toBe(403)
    }
    expect(
      (await send('PATCH', `/guides/${guideId}`, { site: 'cross-site', body: { title: 'x' } }))
        .status,
    ).toBe(403)
    expect(await title()).toBe('原标题')
  })

  it('from the origin the request came to are accepted (the admin on any host or port)', async () => {
    const same = await send('PATCH', `/guides/${guideId}?locale=zh`, {
      origin: 'http://localhost:3000',
      body: { title: '同源修改' },
    })
    expect(same.status).toBe(200)
    expect(await title()).toBe('同源修改')
    // Scripts and curl send no Origin: they carry no browser's cookies by accident.
    expect(
      (await send('PATCH', `/guides/${guideId}?locale=zh`, { body: { title: '脚本' } })).status,
    ).toBe(200)
  })

  it('with NEXT_PUBLIC_SERVER_URL set, only from that origin', async () => {
    process.env.NEXT_PUBLIC_SERVER_URL = 'https://simatlas.example'
    const fromHost = await send('PATCH', `/guides/${guideId}?locale=zh`, {
      origin: 'http://localhost:3000',
      body: { title: '不行' },
    })
    expect(fromHost.status).toBe(403)
    expect(fromHost.json.errors[0].message).toContain('https://simatlas.example')
    const fromPublic = await send('PATCH', `/guides/${guideId}?locale=zh`, {
      origin: 'https://simatlas.example',
      body: { title: '公开域名' },
    })
    expect(fromPublic.status).toBe(200)
  })
})
