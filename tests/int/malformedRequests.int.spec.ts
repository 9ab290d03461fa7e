import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { keepClientErrorMessages } from '../../src/api/keepClientErrorMessages'
import type { Guide } from '../../src/payload-types'
import { doc, p } from '../support/lexical'
import { apiClient } from '../support/api'
import { createCarrier, createGuide } from '../support/content'
import { oneError } from '../support/errorShape'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn } from '../support/staff'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let carrierId: number
let relatedGuideId: number
let otherGuideId: number
let draftId: number

const guide = (title: string, slug: string, extra: Partial<Guide> = {}) =>
  createGuide(payload, { title, slug, ...extra })

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  carrierId = (await createCarrier(payload, { name: '运营商', slug: 'carrier' })).id
  relatedGuideId = (
    await guide('相关指南', 'related', { relatedCarriers: [carrierId], _status: 'published' })
  ).id
  await payload.update({
    collection: 'guides',
    id: relatedGuideId,
    locale: 'ru',
    data: { title: 'Связанное руководство', slug: 'svyazannoe', body: doc(p('Текст')) },
  })
  otherGuideId = (await guide('其他指南', 'other', { topic: 'expiry', _status: 'published' })).id
  draftId = (await guide('草稿', 'draft', { _status: 'draft' })).id
})
afterAll(async () => {
  await closePayload(payload)
})

describe('an id that cannot exist', () => {
  const cases = ['guides', 'faqs', 'carriers', 'media', 'channels'].flatMap((collection) =>
    ['abc', '1.5', '99999999999'].map((id) => `/${collection}/${id}`),
  )
  it.each([...cases, '/guides/versions/99999999999'])(
    'GET %s is a 404 like any missing document',
    async (path) => {
      const { status, json } = await api.get(path)
      expect(status).toBe(404)
      expect(json).toEqual(oneError(/^Not Found$/))
    },
  )

  it.each(['abc', '1.5', '99999999999'])(
    'POST /guides/%s/duplicate is a 404, not an SQL error',
    async (id) => {
      const { status, json } = await api.post(`/guides/${id}/duplicate`, {})
      expect(status).toBe(404)
      expect(json).toEqual(oneError(/^Not Found$/))
    },
  )

  it('is a 404 on update too, and changes nothing', async () => {
    const { status, json } = await api.patch('/guides/99999999999', { title: 'x' })
    expect(status).toBe(404)
    expect(json).toEqual(oneError(/^Not Found$/))
  })
})

describe('malformed query parameters are a 400 with a message', () => {
  it.each([
    // paging
    ['/guides?page=-1', /"page" must be a whole number from 1 up/],
    ['/guides?page=0', /"page"/],
    ['/guides?page=1.5', /"page"/],
    ['/guides?page=abc', /"page"/],
    ['/guides?page=99999999999999999999', /"page"/],
    ['/guides?limit=-5', /"limit" must be a whole number from 0 up/],
    ['/guides?limit=1.5', /"limit"/],
    ['/guides?limit=abc', /"limit"/],
    ['/guides?depth=-1', /"depth"/],
    // locales
    ['/guides?locale=xx', /Unknown locale "xx"\. Use one of: zh, ru, en/],
    ['/guides/1?locale=xx', /Unknown locale "xx"/],
    ['/guides?fallbackLocale=xx', /Unknown fallbackLocale "xx"/],
    // the shape of `where`
    ['/guides?where=abc', /"where" must be JSON/],
    ['/guides?where=1', /where must be conditions/],
    ['/guides?where[title]=x', /where\[title\] needs an operator/],
    ['/guides?where[and]=abc', /where\[and\] must be a list of conditions/],
    ['/guides?where[or][0]=abc', /where\[or\]\[0\] must be conditions/],
    ['/guides?where[id][in][a]=1', /where\[id\]\[in\] must be a value/],
    // values the column cannot hold
    [
      '/guides?where[id][equals]=99999999999',
      /where\[id\]\[equals\]: "99999999999" is not a document id/,
    ],
    ['/guides?where={"id":{"equals":99999999999}}', /99999999999 is not a document id/],
    ['/guides?where[id][equals]=abc', /"abc" is not a document id/],
    ['/guides?where[id][in]=1,abc', /"abc" is not a document id/],
    [
      '/guides?where[relatedCarriers][in]=abc',
      /where\[relatedCarriers\]\[in\]: "abc" is not a document id/,
    ],
    ['/guides?where[relatedCarriers][equals]=abc', /is not a document id/],
    ['/guides?where[relatedCarriers.id][equals]=99999999999', /is not a document id/],
    ['/guides?where[relatedCarriers][contains][id][equals]=99999999999', /is not a document id/],
    ['/guides?where[heroImage][equals]=abc', /is not a document id/],
    // … in Postgres' words (a data exception, SQLSTATE class 22)
    [
      '/guides?where[topic][equals]=nope',
      /^A value in the request does not fit .*: invalid input value for enum enum_guides_topic: "nope"\.$/,
    ],
    ['/guides?where[topic][in]=renewal,nope', /enum enum_guides_topic: "nope"/],
    ['/guides?where[country][equals]=null', /enum enum_guides_country: "null"/],
    ['/channels?where[paymentMethods][equals]=nope', /enum enum_channels_payment_methods: "nope"/],
    ['/faqs?where[order][equals]=abc', /"abc" is not a number/],
    ['/guides?where[factsVerifiedOn][greater_than]=someday', /"someday" is not a date/],
    ['/guides?where[slug][equals]=a%00b', /invalid byte sequence for encoding "UTF8": 0x00/],
    ['/guides?where[title][in]=a,%00', /invalid byte sequence for encoding "UTF8": 0x00/],
    ['/guides?where[title][exists]=abc', /where\[title\]\[exists\] must be true or false/],
    ['/guides/count?where[id][equals]=99999999999', /is not a document id/],
    // operators Postgres cannot apply to the field (SQLSTATE 42883), or Payload's adapter lacks
    [
      '/guides?where[body][like]=x',
      /^An operator in the request cannot be used on that field: operator does not exist: jsonb ~~\* unknown\.$/,
    ],
    ['/guides?where[title][near]=1,2', /"near" cannot be used on a text field/],
    ['/guides?where[topic][like]=ren', /operator does not exist: enum_guides_topic ~~\*/],
    [
      '/guides?where[factsVerifiedOn][like]=2024',
      /operator does not exist: timestamp with time zone ~~\*/,
    ],
    ['/guides?where[id][contains]=1', /operator does not exist: integer ~~\*/],
    ['/guides?where[heroImage][contains]=1', /operator does not exist: integer ~~\*/],
    ['/guides?where[relatedCarriers][all]=1', /"all" cannot be used on a relationship field/],
    [
      '/guides?where[body.root.children.0.type][equals]=x',
      /^A path inside a rich-text or JSON value must name keys only.*"\.0" of jsonpath input\.$/,
    ],
    ['/guides?where[body.root.type][contains]=x', /of jsonpath input/],
    ['/guides?where[body.root.type][in]=root', /of jsonpath input/],
  ])('GET %s', async (path, message) => {
    const { status, json } = await api.get(path)
    expect(status).toBe(400)
    expect(json).toEqual(oneError(message))
  })

  it.each([
    '/guides?where[relatedFaqs.relatedGuides.title][like]=x',
    '/guides?where[relatedFaqs.relatedGuides.id][equals]=1',
    '/guides?where[or][0][relatedFaqs.relatedGuides.relatedCarriers.name][equals]=x',
  ])('GET %s, a path crossing two relationships, is a 400 saying so', async (path) => {
    const { status, json } = await api.get(path)
    expect(status).toBe(400)
    expect(json).toEqual(oneError(/may cross one relationship \("relatedFaqs"\), not a second/))
  })

  it('keeps Payload’s own 400 for a path it does not know', async () => {
    const { status, json } = await api.get('/guides?where[nope][equals]=1')
    expect(status).toBe(400)
    expect(json.errors[0].message).toMatch(/cannot be queried: nope/)
  })

  it('reads a GET sent as a form body with a method override the same way', async () => {
    const response = await api.rest(
      new Request('http://localhost/api/guides', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-payload-http-method-override': 'GET',
        },
        body: 'where=abc',
      }),
    )
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(oneError(/"where" must be JSON/))
  })

  it('reads the locale of a GET sent as a JSON body with a method override', async () => {
    // Payload's handleEndpoints takes `locale` from such a body (and would serve zh for "xx").
    const response = await api.rest(
      new Request('http://localhost/api/guides', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-payload-http-method-override': 'GET' },
        body: JSON.stringify({ locale: 'xx' }),
      }),
    )
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(oneError(/Unknown locale "xx"/))
  })
})

describe('what only Postgres can tell', () => {
  // JavaScript reads the year 200000 as a date; Postgres' timestamps end in 294276 and its
  // input format has no room for Payload's "+200000-01-01T00:00:00.000Z".
  const farFuture = '200000-01-01'

  it('a value Postgres refuses (SQLSTATE 22xxx) is a 400 in its words, on REST', async () => {
    const { status, json } = await api.get(
      `/guides?where[factsVerifiedOn][greater_than]=${farFuture}`,
    )
    expect(status).toBe(400)
    expect(json).toEqual(oneError(/^A value in the request does not fit .*: .+\.$/))
    expect(json.errors[0].message).not.toMatch(/select|from "guides"|params/i)
  })

  // A guard: before, whereProblem refused NUL characters itself; now Postgres does (22021).
  it('and in GraphQL, with statusCode 400', async () => {
    const { json } = await api.graphql(
      '{ Guides(where: { slug: { equals: "a\\u0000b" } }) { totalDocs } }',
    )
    expect(json.errors.length).toBeGreaterThan(0)
    for (const error of json.errors) {
      expect(error.message).toMatch(/^A value in the request does not fit .*0x00\.$/)
      expect(error.extensions.statusCode).toBe(400)
    }
  })
})

describe('GraphQL', () => {
  it.each([
    ['{ Guides(page: -1) { totalDocs } }', /"page" must be a whole number from 1 up/],
    ['{ Guides(limit: -5) { totalDocs } }', /"limit" must be a whole number from 0 up/],
  ])('%s reports a 400 with a message', async (query, message) => {
    const { json } = await api.graphql(query)
    expect(json.errors).toHaveLength(1)
    expect(json.errors[0].message).toMatch(message)
    expect(json.errors[0].extensions.statusCode).toBe(400)
  })

  it('answers an unknown locale in the query string with a 400', async () => {
    const response = await api.graphqlRequest(
      new Request('http://localhost/api/graphql?locale=xx', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Guides { totalDocs } }' }),
      }),
    )
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual(oneError(/Unknown locale "xx"/))
  })

  it.each([
    ['application/json', 'not json', 400, /^Invalid JSON$/],
    ['text/plain', '{ Guides { totalDocs } }', 415, /content-type application\/json/],
  ])('a %s body %j is a %i with a message', async (contentType, body, status, message) => {
    const response = await api.graphqlRequest(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      }),
    )
    expect(response.status).toBe(status)
    expect(await response.json()).toEqual(oneError(message))
  })
})

describe('POST /api/feedback', () => {
  it('answers an id beyond the id column with a 404 and stores nothing', async () => {
    const response = await api.rest(
      new Request('http://localhost/api/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.9' },
        body: JSON.stringify({
          collection: 'guides',
          id: 99999999999,
          locale: 'zh',
          helpful: true,
        }),
      }),
    )
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual(oneError(/No such published document/))
    expect((await payload.count({ collection: 'votes' })).totalDocs).toBe(0)
  })
})

describe('valid requests are answered as before', () => {
  const ids = async (path: string) => {
    const { status, json } = await api.get(path)
    expect(status, JSON.stringify(json)).toBe(200)
    return (json.docs as { id: number }[]).map((d) => d.id).sort()
  }

  it('finds by id, relationship, select, JSON path and JSON where; drafts stay hidden', async () => {
    expect(await ids(`/guides?where[id][equals]=${relatedGuideId}`)).toEqual([relatedGuideId])
    expect(await ids(`/guides?where[relatedCarriers][in]=${carrierId}`)).toEqual([relatedGuideId])
    expect(await ids(`/guides?where[relatedCarriers.id][equals]=${carrierId}`)).toEqual([
      relatedGuideId,
    ])
    expect(await ids('/guides?where[topic][equals]=expiry')).toEqual([otherGuideId])
    expect(
      await ids('/guides?where[or][0][topic][equals]=expiry&where[or][1][title][like]=相关'),
    ).toEqual([relatedGuideId, otherGuideId].sort())
    expect(await ids('/guides?where[body.root.type][equals]=root')).toEqual(
      [relatedGuideId, otherGuideId].sort(),
    )
    expect(
      await ids(
        `/guides?where=${encodeURIComponent(JSON.stringify({ id: { equals: otherGuideId } }))}`,
      ),
    ).toEqual([otherGuideId])
    expect(await ids(`/guides?where[id][equals]=${draftId}`)).toEqual([])
    expect((await api.get(`/guides/${draftId}`)).status).toBe(404)
  })

  it('pages, limits and localizes', async () => {
    const page = await api.get('/guides?limit=1&page=2&sort=id')
    expect(page.status).toBe(200)
    expect(page.json).toMatchObject({ totalDocs: 2, page: 2, limit: 1 })
    expect(page.json.docs.map((d: { id: number }) => d.id)).toEqual([otherGuideId])
    expect(await ids('/guides?limit=100&depth=0')).toEqual([relatedGuideId, otherGuideId].sort())

    const ru = await api.get(`/guides/${relatedGuideId}?locale=ru&depth=0`)
    expect(ru.status).toBe(200)
    expect(ru.json.title).toBe('Связанное руководство')
    const all = await api.get(`/guides/${relatedGuideId}?locale=all`)
    expect(all.json.title).toMatchObject({ zh: '相关指南', ru: 'Связанное руководство' })
  })

  it('answers GraphQL paging', async () => {
    const { json } = await api.graphql(
      '{ Guides(page: 2, limit: 1, sort: "id") { totalDocs docs { id } } }',
    )
    expect(json.errors).toBeUndefined()
    expect(json.data.Guides).toEqual({ totalDocs: 2, docs: [{ id: otherGuideId }] })
  })
})

describe('signed-in staff', () => {
  it('see drafts and versions as before, and get a 400 for an impossible version parent', async () => {
    await createStaff(payload, 'staff@simatlas.test', 'admin')
    const token = await signIn('staff@simatlas.test')

    const drafts = await api.get(`/guides?draft=true&where[id][equals]=${draftId}`, token)
    expect(drafts.json.docs.map((d: { id: number }) => d.id)).toEqual([draftId])
    const versions = await api.get(
      `/guides/versions?where[parent][equals]=${relatedGuideId}&where[version.title][equals]=相关指南`,
      token,
    )
    expect(versions.status).toBe(200)
    expect(versions.json.totalDocs).toBeGreaterThan(0)

    const bad = await api.get('/guides/versions?where[parent][equals]=99999999999', token)
    expect(bad.status).toBe(400)
    expect(bad.json).toEqual(
      oneError(/where\[parent\]\[equals\]: "99999999999" is not a document id/),
    )
  })
})

describe('the production build', () => {
  // It minifies class names, and Payload words a REST error by its name.
  const nameless = (message: string, status: number) =>
    Object.assign(new Error(message), { name: '', status })
  const unknown = { errors: [{ message: 'An unknown error occurred.' }] }

  it('still answers a client error with its own message, and a server error without it', () => {
    const answer = (error: Error) =>
      keepClientErrorMessages({ error, result: unknown, context: {}, req: {} as never })
    expect(answer(nameless('Invalid JSON', 400))).toEqual({
      response: { errors: [{ message: 'Invalid JSON' }] },
      status: 400,
    })
    expect(answer(nameless('password authentication failed for user "simatlas"', 500))).toBe(
      undefined,
    )
  })
})

describe('a genuine server failure', () => {
  it('is still a 500, on REST and GraphQL', async () => {
    // A bug, not an outage (which is a 503: see databaseOutage.int.spec.ts).
    const outage = () =>
      Promise.reject(new TypeError("Cannot read properties of undefined (reading 'id')"))
    const spy = vi.spyOn(payload.db, 'find').mockImplementation(outage)
    try {
      const rest = await api.get('/guides?limit=1')
      expect(rest.status).toBe(500)
      const graphql = await api.graphql('{ Guides(limit: 1) { totalDocs } }')
      expect(graphql.json.errors[0].extensions.statusCode).toBe(500)
    } finally {
      spy.mockRestore()
    }
  })
})
