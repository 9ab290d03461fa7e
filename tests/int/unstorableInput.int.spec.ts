import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { doc, p } from '../support/lexical'
import { apiClient } from '../support/api'
import { createCarrier } from '../support/content'
import { oneError } from '../support/errorShape'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn, staffPassword as password } from '../support/staff'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let token: string
let guideId: number
let rest: typeof import('../../src/app/(payload)/api/[...slug]/route')

const newGuide = (extra: Record<string, unknown> = {}) => ({
  title: '新指南',
  slug: `guide-${Math.random().toString(36).slice(2, 8)}`,
  topic: 'renewal' as const,
  country: 'KZ' as const,
  body: doc(p('正文')),
  ...extra,
})

/** A real request to the app's REST route handler, with any body and content type. */
const send = async (method: 'POST' | 'GET' | 'PATCH', path: string, init: RequestInit = {}) => {
  const url = new URL(`http://localhost/api${path}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await rest[method](new Request(url, { method, ...init }), {
    params: Promise.resolve({ slug }),
  })
  return { status: response.status, json: await response.json() }
}

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  rest = await import('../../src/app/(payload)/api/[...slug]/route')
  await createStaff(payload, 'admin@simatlas.test', 'admin')
  token = await signIn('admin@simatlas.test')
  guideId = (
    await payload.create({
      collection: 'guides',
      locale: 'zh',
      data: newGuide({ title: '原标题', _status: 'published' }),
    })
  ).id
})
afterAll(async () => {
  await closePayload(payload)
})

describe('a NUL character never reaches Postgres', () => {
  it('in a guide title: a 400 naming the field, and nothing is stored', async () => {
    const created = await api.post('/guides?locale=zh', newGuide({ title: 'a\u0000b' }), token)
    expect(created).toEqual({ status: 400, json: oneError(/^"title" contains a NUL character/) })
    const updated = await api.patch(`/guides/${guideId}?locale=zh`, { title: 'x\u0000' }, token)
    expect(updated).toEqual({ status: 400, json: oneError(/^"title" contains a NUL character/) })
    const stored = await payload.findByID({ collection: 'guides', id: guideId, locale: 'zh' })
    expect(stored.title).toBe('原标题')
  })

  it('in a GraphQL mutation too', async () => {
    const { json } = await api.graphql(
      `mutation { updateGuide(id: ${guideId}, locale: zh, data: { title: "x\\u0000" }) { title } }`,
      token,
    )
    expect(json.errors?.[0].message).toMatch(/"title" contains a NUL character/)
    expect(json.errors?.[0].extensions.statusCode).toBe(400)
  })

  it.each([
    ['/users/login', { email: 'admin@simatlas.test\u0000', password }],
    ['/users/forgot-password', { email: '\u0000@simatlas.test' }],
  ])('in the email sent to %s: a 400', async (path, body) => {
    const { status, json } = await api.post(path, body)
    expect(status).toBe(400)
    expect(json).toEqual(oneError(/^"email" contains a NUL character/))
  })

  it("in an upload's file name: a 400, and no file is stored", async () => {
    // RFC 5987 encoding, which Payload's multipart parser decodes into the name.
    const body = [
      '--x',
      `Content-Disposition: form-data; name="file"; filename*=UTF-8''pic%00.gif`,
      'Content-Type: image/gif',
      '',
      'GIF89a',
      '--x',
      'Content-Disposition: form-data; name="_payload"',
      '',
      JSON.stringify({ alt: '图' }),
      '--x--',
      '',
    ].join('\r\n')
    const { status, json } = await send('POST', '/media?locale=zh', {
      body,
      headers: { authorization: `JWT ${token}`, 'content-type': 'multipart/form-data; boundary=x' },
    })
    expect(status).toBe(400)
    expect(json).toEqual(oneError(/^The file name contains a NUL character/))
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(0)
  })
})

describe('a multipart body that cannot be read', () => {
  it.each(['/media', '/users/login', '/guides'])(
    'POST %s, anonymous, with a raw NUL in a part header: a 400, not a 500',
    async (path) => {
      const form = new FormData()
      form.append('file', new Blob(['GIF89a'], { type: 'image/gif' }), 'pic\u0000.gif')
      const { status, json } = await send('POST', path, { body: form })
      expect(status).toBe(400)
      expect(json).toEqual(oneError(/^The request body could not be read: Malformed part header/))
    },
  )

  it.each(['/users/login', '/guides'])(
    'POST %s, anonymous, multipart with no boundary: a 400, not a 500',
    async (path) => {
      const { status, json } = await send('POST', path, {
        headers: { 'content-type': 'multipart/form-data' },
        body: 'x',
      })
      expect(status).toBe(400)
      expect(json).toEqual(oneError(/^The request body could not be read: Request is not eligible/))
    },
  )

  it.each([
    ['multipart/form-data', 'x', /Request is not eligible/],
    ['multipart/form-data; boundary=X', '--Y', /Unexpected end of form/],
  ])(
    'POST /graphql as %s, cut short or with no boundary: a 400 with a message',
    async (type, body, message) => {
      const graphql = (await import('../../src/app/(payload)/api/graphql/route')).POST
      const response = await graphql(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'content-type': type },
          body,
        }),
      )
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual(oneError(message))
    },
  )

  it('with a _payload that is not JSON: a 400', async () => {
    const form = new FormData()
    form.append('_payload', '{not json')
    const { status, json } = await send('POST', '/users/login', { body: form })
    expect(status).toBe(400)
    expect(json).toEqual(oneError(/^The request body could not be read: .*JSON/))
  })
})

describe('a password sent as an object', () => {
  it('is a 400 on changing it, and the password stays as it was', async () => {
    const { json: me } = await api.get('/users/me', token)
    const { status, json } = await api.patch(`/users/${me.user.id}`, { password: { a: 1 } }, token)
    expect(status).toBe(400)
    expect(json).toEqual(oneError(/^"password" must be text, not an object/))
    const login = await api.post('/users/login', { email: 'admin@simatlas.test', password })
    expect(login.status).toBe(200)
  })

  it('is a 400 on sign-in (Payload’s own)', async () => {
    const { status, json } = await api.post('/users/login', {
      email: 'admin@simatlas.test',
      password: [password],
    })
    expect(status).toBe(400)
    expect(json.errors[0].message).toMatch(/password/)
  })
})

describe('a text field sent as an object or a list', () => {
  it.each([
    ['a draft', 'draft=true&', { title: { zh: '对象' } }, /^"title" must be text, not an object/],
    [
      'a publish',
      '',
      { _status: 'published', title: ['列表'] },
      /^"title" must be text, not a list/,
    ],
    ['a textarea', '', { summary: { a: 1 } }, /^"summary" must be text, not an object/],
  ])('is a 400 on %s, and nothing is stored', async (_, query, data, message) => {
    const { status, json } = await api.patch(`/guides/${guideId}?${query}locale=zh`, data, token)
    expect(status).toBe(400)
    expect(json).toEqual(oneError(message))
    const stored = await payload.findByID({ collection: 'guides', id: guideId, locale: 'zh' })
    expect(stored.title).toBe('原标题')
  })

  it('is a 400 on create, naming the field inside a group', async () => {
    const { status, json } = await api.post(
      '/guides?locale=zh',
      newGuide({ meta: { title: { evil: true } } }),
      token,
    )
    expect(status).toBe(400)
    expect(json).toEqual(oneError(/^"meta\.title" must be text, not an object/))
  })

  it('GraphQL refuses it by its types', async () => {
    const { json } = await api.graphql(
      `mutation { updateGuide(id: ${guideId}, locale: zh, data: { title: { a: 1 } }) { title } }`,
      token,
    )
    expect(json.errors?.[0].message).toMatch(/^Argument "data" has invalid value/)
  })
})

describe('a value its column cannot hold, saved as a draft (which Payload does not validate)', () => {
  it.each([
    [{ topic: { a: 1 } }, /^"topic" must be one of: buying, renewal, /],
    [{ topic: 'nope' }, /^"topic" must be one of: /],
    [{ factsVerifiedOn: 'not a date' }, /^"factsVerifiedOn" must be a date/],
    [{ relatedCarriers: ['abc'] }, /^"relatedCarriers" must be a list of document ids/],
    [{ relatedCarriers: [{ a: 1 }] }, /^"relatedCarriers" must be a list of document ids/],
    [{ heroImage: 99999999999 }, /^"heroImage" must be a document id/],
    [{ body: 'just text' }, /^"body" must be rich text/],
  ])('%j is a 400 naming the field, not a 500', async (data, message) => {
    const { status, json } = await api.patch(`/guides/${guideId}?draft=true&locale=zh`, data, token)
    expect(status).toBe(400)
    expect(json).toEqual(oneError(message))
  })

  it('accepts what Payload itself turns into a stored value', async () => {
    const carrier = await createCarrier(payload, { name: '运营商', slug: 'c' })
    const { status, json } = await api.patch(
      `/guides/${guideId}?draft=true&locale=zh`,
      {
        relatedCarriers: [{ id: carrier.id }, String(carrier.id)],
        heroImage: '',
        factsVerifiedOn: '2026-11-30',
        topic: 'expiry',
      },
      token,
    )
    expect(status).toBe(200)
    expect(json.doc.relatedCarriers.map((c: { id: number }) => c.id)).toEqual([
      carrier.id,
      carrier.id,
    ])
  })
})

// Carriers and channels have versions since issue 11: media is the collection without them.
describe('collections without versions', () => {
  it.each(['/media/versions', '/media/versions/1'])(
    'GET %s is a 404 with a message',
    async (path) => {
      const { status, json } = await api.get(path, token)
      expect(status).toBe(404)
      expect(json).toEqual(oneError(/keeps no versions/))
    },
  )

  it('restoring a version of one is a 404 too; guides, carriers and channels list theirs', async () => {
    const restore = await send('POST', '/media/versions/1', {
      headers: { authorization: `JWT ${token}` },
    })
    expect(restore).toEqual({ status: 404, json: oneError(/keeps no versions/) })
    for (const collection of ['guides', 'carriers', 'channels'])
      expect((await api.get(`/${collection}/versions`, token)).status).toBe(200)
  })
})

describe('malformed multipart to /api/feedback', () => {
  it('is a 400 with a message', async () => {
    const { status, json } = await send('POST', '/feedback', {
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{not json\r\n--x--\r\n',
    })
    expect(status).toBe(400)
    expect(json).toEqual(oneError(/Send the vote as JSON/))
  })

  it('is a 400 when the multipart itself is cut short', async () => {
    const { status, json } = await send('POST', '/feedback', {
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x\r\nContent-Disposition: form-da',
    })
    expect(status).toBe(400)
    expect(json).toEqual(oneError(/Send the vote as JSON/))
  })
})

describe('GraphQL in production', () => {
  const misspelt = '{ Guides { docs { titel } } }'

  it('does not suggest field names ("Did you mean …?")', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    try {
      const { json } = await api.graphql(misspelt)
      expect(json.errors[0].message).toBe('Cannot query field "titel" on type "Guide".')
      expect(JSON.stringify(json)).not.toContain('"title"')
      const introspection = await api.graphql('{ __schema { types { name } } }')
      expect(JSON.stringify(introspection.json)).not.toContain('"Guide"')
      expect(introspection.json.errors?.[0].message).toMatch(/introspection/i)
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('still suggests them in development', async () => {
    const { json } = await api.graphql(misspelt)
    expect(json.errors[0].message).toMatch(/Did you mean "title"\?/)
  })
})

describe('data nested beyond any real content', () => {
  const deep = `{"title":${'['.repeat(10000)}${']'.repeat(10000)}}`
  it.each([
    ['PATCH', 'one guide', (): string => `/guides/${guideId}`],
    ['POST', 'a new guide', (): string => '/guides'],
    ['PATCH', 'guides in bulk', (): string => `/guides?where[id][equals]=${guideId}`],
  ] as const)('%s to %s, anonymous, is a 400, not a stack overflow', async (method, _, path) => {
    const { status, json } = await send(method, path(), {
      headers: { 'content-type': 'application/json' },
      body: deep,
    })
    expect(status).toBe(400)
    expect(json).toEqual(oneError(/more than 100 levels deep/))
  })

  it('rich text a few dozen levels deep is stored', async () => {
    let node: Record<string, unknown> = { type: 'text', text: '深', version: 1 }
    for (let i = 0; i < 20; i++) node = { type: 'paragraph', version: 1, children: [node] }
    const body = { root: { type: 'root', version: 1, children: [node] } }
    const { status } = await api.patch(`/guides/${guideId}?locale=zh&draft=true`, { body }, token)
    expect(status).toBe(200)
  })
})

describe('a signed-in write Postgres would refuse', () => {
  it.each(['null', '"x"', '1', 'true', '[]'])('a JSON body of %s is a 400', async (body) => {
    for (const method of ['PATCH', 'POST'] as const) {
      const { status, json } = await send(
        method,
        method === 'PATCH' ? `/guides/${guideId}?draft=true` : '/guides?draft=true',
        { headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body },
      )
      expect(status).toBe(400)
      expect(json).toEqual(oneError(/must be a JSON object/))
    }
  })

  it('a relationship to a document that does not exist is a 400 naming the field', async () => {
    const { status, json } = await api.patch(
      `/guides/${guideId}?draft=true`,
      { relatedFaqs: [999999] },
      token,
    )
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toMatch(/relatedFaqs/)
  })

  it.each([{ root: { children: 'x' } }, { root: { type: 'root', children: [1] } }])(
    'rich text %j is a 400 naming the field',
    async (body) => {
      const { status, json } = await api.patch(`/guides/${guideId}?draft=true`, { body }, token)
      expect(status).toBe(400)
      expect(JSON.stringify(json)).toMatch(/body/)
    },
  )
})

describe('requests for what this site does not offer', () => {
  it.each(['POST', 'PATCH'] as const)(
    '%s /media with the file sent as a client-upload reference (text): a 400',
    async (method) => {
      const form = new FormData()
      form.set('file', '{"collectionSlug":"media","filename":"x.png"}')
      const { status, json } = await send(method, method === 'POST' ? '/media' : '/media/1', {
        body: form,
        headers: { authorization: `JWT ${token}` },
      })
      expect(status).toBe(400)
      expect(json).toEqual(oneError(/^The "file" part must be the file itself/))
    },
  )

  it('POST /users/verify/{token}, with email verification off: a 404 saying so', async () => {
    const { status, json } = await send('POST', '/users/verify/x')
    expect(status).toBe(404)
    expect(json).toEqual(oneError(/^Email verification is not enabled/))
  })

  it('GraphQL verifyEmailUser, with email verification off: a 400 saying so', async () => {
    const graphql = (await import('../../src/app/(payload)/api/graphql/route')).POST
    const response = await graphql(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { verifyEmailUser(token: "x") }' }),
      }),
    )
    expect(response.status).toBe(400)
    const { errors } = await response.json()
    expect(errors[0].message).toMatch(/^Email verification is not enabled/)
  })

  it('GET /media/file/{a file not on disk}: a 404 that names no path', async () => {
    const { status, json } = await send('GET', '/media/file/nope.png')
    expect(status).toBe(404)
    expect(json).toEqual(oneError(/^Not Found$/))
  })
})
