import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reportStatuses } from '../../src/content/constants'
import type { Report } from '../../src/payload-types'
import { reportsOnPage } from '../../src/reports/admin/ReportsPanel'
import { reportLimits } from '../../src/reports/reportLimits'
import { apiClient } from '../support/api'
import { createCarrier, createGuide } from '../support/content'
import { doc, p } from '../support/lexical'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn } from '../support/staff'

/**
 * Readers report an outdated fact: POST /api/reports/submit through the app's real REST route
 * (the same-origin check and body limit included), as the page's plain HTML form sends it and as
 * JSON; then the reports as the team sees them.
 */
let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let guideId: number
let draftGuideId: number
let carrierId: number
let serial = 0

/** A fresh client address per call unless one is given, so the limit only bites where tested. */
const nextAddress = () => `198.51.100.${++serial}`

async function submit(
  fields: Record<string, string>,
  { address = nextAddress(), origin }: { address?: string; origin?: string } = {},
) {
  const headers = new Headers({
    'content-type': 'application/x-www-form-urlencoded',
    'x-forwarded-for': address,
    host: 'localhost:3000',
  })
  if (origin) headers.set('origin', origin)
  const response = await api.rest(
    new Request('http://localhost:3000/api/reports/submit', {
      method: 'POST',
      headers,
      body: new URLSearchParams(fields).toString(),
    }),
  )
  return { status: response.status, location: response.headers.get('location'), response }
}

async function submitJson(body: unknown, address = nextAddress()) {
  const response = await api.rest(
    new Request('http://localhost:3000/api/reports/submit', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  )
  return {
    status: response.status,
    json: (await response.json()) as { ok?: boolean; errors?: { message: string }[] },
    headers: response.headers,
  }
}

const reportsAbout = async (collection: string, id: number) =>
  (
    await payload.find({
      collection: 'reports',
      where: reportsOnPage(collection, id),
      sort: 'createdAt',
      limit: 100,
      depth: 0,
    })
  ).docs as Report[]

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  guideId = (
    await createGuide(payload, { title: '续费指南', slug: 'xu-fei', _status: 'published' })
  ).id
  await payload.update({
    collection: 'guides',
    id: guideId,
    locale: 'en',
    data: {
      title: 'Renewal guide',
      slug: 'renewal-guide',
      body: doc(p('Renewal guide')),
      _status: 'published',
    } as never,
  })
  draftGuideId = (await createGuide(payload, { title: '草稿', slug: 'cao-gao', _status: 'draft' }))
    .id
  carrierId = (await createCarrier(payload, { name: 'Beeline', slug: 'beeline' })).id
  await createStaff(payload, 'editor@reports.test', 'editor')
  await createStaff(payload, 'admin@reports.test', 'admin')
  await createStaff(payload, 'ru@reports.test', 'translator', { editableLocales: ['ru'] })
  await createStaff(payload, 'en@reports.test', 'translator', { editableLocales: ['en'] })
})
afterAll(async () => {
  await closePayload(payload)
})

describe('the no-JavaScript form', () => {
  it('stores the report and answers with a 303 back to the page, thanking the reader', async () => {
    const address = '203.0.113.50'
    const { status, location } = await submit(
      {
        collection: 'guides',
        id: String(guideId),
        locale: 'en',
        wrong: '  The price is 2000 tenge now.  ',
        right: '',
        website: '',
      },
      { address, origin: 'http://localhost:3000' },
    )
    expect(status).toBe(303)
    // The page in the reader's locale, under its slug there; the fragment names the outcome.
    expect(location).toBe('/en/guides/renewal-guide#report-sent')
    const [report] = await reportsAbout('guides', guideId)
    expect(report).toMatchObject({
      page: { relationTo: 'guides', value: guideId },
      path: '/en/guides/renewal-guide',
      locale: 'en',
      wrong: 'The price is 2000 tenge now.',
      status: 'open',
    })
    expect(report.right ?? null).toBeNull()
    expect(report.createdAt).toEqual(expect.any(String))
    // Nothing about the reporter, not even the address in another form.
    const row = await payload.db.drizzle.execute(`SELECT * FROM reports WHERE id = ${report.id}`)
    expect(JSON.stringify(row.rows)).not.toContain(address)
    expect(Object.keys(row.rows[0] as object).sort()).toEqual(
      [
        'created_at',
        'editor_note',
        'id',
        'locale',
        'path',
        'right',
        'status',
        'updated_at',
        'wrong',
      ].sort(),
    )
  })

  it('works on carriers too', async () => {
    const { status, location } = await submit({
      collection: 'carriers',
      id: String(carrierId),
      locale: 'ru',
      wrong: 'Номер поддержки изменился.',
      right: 'Смотрите сайт оператора.',
    })
    expect(status).toBe(303)
    expect(location).toBe('/ru/carriers/beeline#report-sent')
    const [report] = await reportsAbout('carriers', carrierId)
    expect(report).toMatchObject({ locale: 'ru', right: 'Смотрите сайт оператора.' })
  })

  it('accepts a filled honeypot as if it were a report, and stores nothing', async () => {
    const before = (await reportsAbout('guides', guideId)).length
    const { status, location } = await submit({
      collection: 'guides',
      id: String(guideId),
      locale: 'zh',
      wrong: 'Buy cheap watches',
      website: 'https://spam.example',
    })
    expect(status).toBe(303)
    expect(location).toBe('/zh/guides/xu-fei#report-sent')
    expect(await reportsAbout('guides', guideId)).toHaveLength(before)
  })

  it('sends the reader back to the page with the error when the text is missing or too long', async () => {
    const base = { collection: 'guides', id: String(guideId), locale: 'zh' }
    const before = (await reportsAbout('guides', guideId)).length
    for (const fields of [
      { ...base, wrong: '   ' },
      { ...base },
      { ...base, wrong: 'x'.repeat(reportLimits.textLength + 1) },
      { ...base, wrong: 'ok', right: 'y'.repeat(reportLimits.textLength + 1) },
    ]) {
      const { status, location } = await submit(fields)
      expect(status).toBe(303)
      expect(location).toBe('/zh/guides/xu-fei#report-invalid')
    }
    expect(await reportsAbout('guides', guideId)).toHaveLength(before)
  })

  it('refuses a form posted from another site (the reader’s browser says so): 403, nothing stored', async () => {
    const before = (await reportsAbout('guides', guideId)).length
    const { status, response } = await submit(
      { collection: 'guides', id: String(guideId), locale: 'zh', wrong: 'spam' },
      { origin: 'https://evil.example' },
    )
    expect(status).toBe(403)
    expect(await response.json()).toEqual({
      errors: [{ message: expect.stringMatching(/cross-origin/i) }],
    })
    expect(await reportsAbout('guides', guideId)).toHaveLength(before)
  })
})

describe('JSON and bad input', () => {
  it('answers JSON with 201', async () => {
    const r = await submitJson({
      collection: 'guides',
      id: guideId,
      locale: 'ru',
      wrong: 'Ссылка на приложение не работает.',
    })
    expect(r.status).toBe(201)
    expect(r.json).toEqual({ ok: true })
  })

  it.each([
    [
      'an unknown collection',
      { collection: 'users', id: 1, locale: 'zh', wrong: 'x' },
      400,
      /collection/,
    ],
    [
      'a FAQ (no page of its own)',
      { collection: 'faqs', id: 1, locale: 'zh', wrong: 'x' },
      400,
      /collection/,
    ],
    [
      'an id that is no id',
      { collection: 'guides', id: 'abc', locale: 'zh', wrong: 'x' },
      400,
      /id/,
    ],
    [
      'an id beyond the column',
      { collection: 'guides', id: 99999999999, locale: 'zh', wrong: 'x' },
      400,
      /id/,
    ],
    ['an unknown locale', { collection: 'guides', id: 1, locale: 'de', wrong: 'x' }, 400, /locale/],
    [
      'a missing document',
      { collection: 'guides', id: 987654, locale: 'zh', wrong: 'x' },
      404,
      /no such/i,
    ],
    ['an empty text', { collection: 'guides', id: 0, locale: 'zh', wrong: '' }, 400, /wrong/],
    [
      'a text that is not text',
      { collection: 'guides', id: 0, locale: 'zh', wrong: 'ok', right: { a: 1 } },
      400,
      /right/,
    ],
    [
      'a NUL-only text',
      { collection: 'guides', id: 0, locale: 'zh', wrong: '\u0000' },
      400,
      /wrong/,
    ],
  ])('refuses %s with a message', async (_, body, status, message) => {
    const withId = { ...body, id: body.id === 0 ? guideId : body.id }
    const r = await submitJson(withId)
    expect(r.status).toBe(status)
    expect(r.json.errors?.[0]?.message).toMatch(message)
  })

  it('refuses a body that is not JSON, and an array, with a 400', async () => {
    expect((await submitJson('{not json')).status).toBe(400)
    expect((await submitJson([1, 2])).status).toBe(400)
  })

  it('knows no page for a guide that was never published (drafts never leak)', async () => {
    const r = await submitJson({ collection: 'guides', id: draftGuideId, locale: 'zh', wrong: 'x' })
    expect(r.status).toBe(404)
    const form = await submit({
      collection: 'guides',
      id: String(draftGuideId),
      locale: 'zh',
      wrong: 'x',
    })
    expect(form.status).toBe(404)
    expect(form.location).toBeNull()
  })

  it('knows no page for a draft even when a signed-in editor or translator sends it', async () => {
    for (const email of ['editor@reports.test', 'ru@reports.test']) {
      const token = await signIn(email)
      const response = await api.rest(
        new Request('http://localhost:3000/api/reports/submit', {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-forwarded-for': nextAddress(),
            host: 'localhost:3000',
            authorization: `JWT ${token}`,
          },
          body: new URLSearchParams({
            collection: 'guides',
            id: String(draftGuideId),
            locale: 'zh',
            wrong: 'x',
          }).toString(),
        }),
      )
      expect(response.status, email).toBe(404)
      // No address of the draft (its slug) in the answer.
      expect(response.headers.get('location'), email).toBeNull()
    }
    expect(await reportsAbout('guides', draftGuideId)).toEqual([])
  })
})

describe('the limit per client address', () => {
  it(`allows ${reportLimits.perClient.max} reports an hour, then 429 (JSON) or the page with the error (form)`, async () => {
    const address = '203.0.113.99'
    const body = { collection: 'guides', id: guideId, locale: 'zh', wrong: 'again' }
    const statuses: number[] = []
    for (let i = 0; i < reportLimits.perClient.max; i++) {
      statuses.push((await submitJson(body, address)).status)
    }
    expect(statuses).toEqual(Array(reportLimits.perClient.max).fill(201))
    const limited = await submitJson(body, address)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited.json.errors?.[0]?.message).toMatch(/too many/i)
    const form = await submit(
      { collection: 'guides', id: String(guideId), locale: 'zh', wrong: 'again' },
      { address },
    )
    expect(form.location).toBe('/zh/guides/xu-fei#report-limit')
    // A honeypot bot from that address is limited too, and another address is not.
    expect((await submitJson({ ...body, website: 'x' }, address)).status).toBe(429)
    expect((await submitJson(body, '203.0.113.100')).status).toBe(201)
  })

  it('holds against a parallel burst', async () => {
    const address = '203.0.113.120'
    const before = (await reportsAbout('carriers', carrierId)).length
    const statuses = await Promise.all(
      Array.from({ length: 25 }, () =>
        submitJson(
          { collection: 'carriers', id: carrierId, locale: 'en', wrong: 'burst' },
          address,
        ).then((r) => r.status),
      ),
    )
    expect(statuses.filter((s) => s === 201)).toHaveLength(reportLimits.perClient.max)
    expect(statuses.filter((s) => s === 429)).toHaveLength(25 - reportLimits.perClient.max)
    expect(await reportsAbout('carriers', carrierId)).toHaveLength(
      before + reportLimits.perClient.max,
    )
  })
})

describe('the team’s side', () => {
  it('lists open reports first, then the newest', async () => {
    const [first, second] = (await reportsAbout('guides', guideId)).slice(0, 2)
    await payload.update({ collection: 'reports', id: first.id, data: { status: 'fixed' } })
    await payload.update({ collection: 'reports', id: second.id, data: { status: 'dismissed' } })
    const token = await signIn('editor@reports.test')
    const { status, json } = await api.get('/reports?limit=500&depth=0', token)
    expect(status).toBe(200)
    const statuses = (json as { docs: Report[] }).docs.map((r) => r.status)
    const order = (status: string) => reportStatuses.indexOf(status as never)
    expect(statuses.slice(0, 2)).toEqual(['open', 'open'])
    expect(statuses.slice(-2)).toEqual(['fixed', 'dismissed'])
    expect(statuses).toEqual([...statuses].sort((a, b) => order(a) - order(b)))
    const openDates = (json as { docs: Report[] }).docs
      .filter((r) => r.status === 'open')
      .map((r) => r.createdAt)
    expect(openDates).toEqual([...openDates].sort().reverse())
  })

  it('lets translators read the reports of their locales only, and change none', async () => {
    const ru = await signIn('ru@reports.test')
    const { json } = await api.get('/reports?limit=500&depth=0', ru)
    const locales = new Set((json as { docs: Report[] }).docs.map((r) => r.locale))
    expect([...locales]).toEqual(['ru'])
    const one = (json as { docs: Report[] }).docs[0]
    const update = await api.patch(`/reports/${one.id}`, { status: 'fixed' }, ru)
    expect(update.status).toBe(403)
    const en = await signIn('en@reports.test')
    expect((await api.get(`/reports/${one.id}`, en)).status).toBe(404)
  })

  it('lets editors triage (status, note) but not rewrite what the reader wrote', async () => {
    const token = await signIn('editor@reports.test')
    const [report] = await reportsAbout('carriers', carrierId)
    const triage = await api.patch(
      `/reports/${report.id}`,
      { status: 'fixed', editorNote: 'Checked on the carrier’s site.' },
      token,
    )
    expect(triage.status).toBe(200)
    const rewrite = await api.patch(`/reports/${report.id}`, { wrong: 'nothing' }, token)
    expect(rewrite.status).toBe(403)
    const stored = await payload.findByID({ collection: 'reports', id: report.id })
    expect(stored).toMatchObject({ status: 'fixed', wrong: report.wrong })
  })

  it.each([
    'where[page][equals]=abc',
    'where[page.value][equals]=abc',
    'where[page.relationTo][equals]=users',
    'where[page][in]=1,abc',
    'where[status][equals]=closed',
    'where[locale][equals]=de',
    'sort=page',
    'sort=nothing',
  ])('answers the team’s odd query %s without a 500', async (query) => {
    const token = await signIn('editor@reports.test')
    const { status } = await api.get(`/reports?${query}`, token)
    expect(status).toBeLessThan(500)
  })

  it('creates no report over REST or GraphQL, not even for an admin', async () => {
    const token = await signIn('admin@reports.test')
    const data = {
      page: { relationTo: 'guides', value: guideId },
      path: '/zh/x',
      locale: 'zh',
      wrong: 'forged',
    }
    expect((await api.post('/reports', data, token)).status).toBe(403)
    expect((await api.post('/reports', data)).status).toBe(403)
    const { totalDocs } = await payload.count({
      collection: 'reports',
      where: { wrong: { equals: 'forged' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('shows readers nothing: anonymous REST and GraphQL read no report', async () => {
    expect((await api.get('/reports')).status).toBe(403)
    const response = await api.graphqlRequest(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Reports { docs { id wrong } } }' }),
      }),
    )
    const json = (await response.json()) as { data?: { Reports: unknown }; errors?: unknown[] }
    expect(json.data?.Reports ?? null).toBeNull()
    expect(json.errors?.length).toBeGreaterThan(0)
  })
})
