import { randomUUID } from 'node:crypto'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { votesPerHourPerClient } from '../../src/endpoints/feedback'
import { readFeedbackTotals } from '../../src/lib/queries/feedbackTotals'
import { seed } from '../../src/seed/seed'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff } from '../support/staff'

let payload: Payload
let post: (
  body: unknown,
  headers?: Record<string, string>,
) => Promise<{ status: number; json: Record<string, unknown>; cookie: string | null }>
let guideId: number
let faqId: number

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { log: () => undefined })
  guideId = (await payload.find({ collection: 'guides', limit: 1 })).docs[0].id
  faqId = (await payload.find({ collection: 'faqs', limit: 1 })).docs[0].id
  const { default: config } = await import('@payload-config')
  const { REST_POST } = await import('@payloadcms/next/routes')
  const handler = REST_POST(config)
  post = async (body, headers = {}) => {
    const request = new Request('http://localhost/api/feedback', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': '198.51.100.7',
        ...headers,
      },
      body: JSON.stringify(body),
    })
    const response = await handler(request, { params: Promise.resolve({ slug: ['feedback'] }) })
    return {
      status: response.status,
      json: await response.json(),
      cookie: response.headers.get('set-cookie'),
    }
  }
})
afterAll(async () => {
  await closePayload(payload)
})

const votes = async (where: Record<string, unknown>) =>
  (await payload.find({ collection: 'votes', where: where as never, limit: 100 })).docs

describe('“Was this helpful?”', () => {
  it('stores a vote per locale, no login needed, and gives the reader a voter cookie', async () => {
    const first = await post({ collection: 'guides', id: guideId, locale: 'ru', helpful: true })
    expect(first.status).toBe(200)
    expect(first.cookie).toMatch(/simatlas_voter=[0-9a-f-]{36}/)
    const stored = await votes({ guide: { equals: guideId } })
    expect(stored.map((v) => [v.locale, v.helpful])).toEqual([['ru', true]])
    // The address itself is never stored.
    expect(JSON.stringify(stored)).not.toContain('198.51.100.7')
  })

  it('keeps one vote per reader and document: voting again changes it', async () => {
    const cookie = (
      await post({ collection: 'faqs', id: faqId, locale: 'en', helpful: true })
    ).cookie!.split(';')[0]
    await post({ collection: 'faqs', id: faqId, locale: 'en', helpful: false }, { cookie })
    const stored = await votes({ faq: { equals: faqId } })
    expect(stored.map((v) => v.helpful)).toEqual([false])
  })

  it('limits votes per client address, so a script cannot stuff the counts', async () => {
    const address = { 'x-forwarded-for': '203.0.113.9' }
    const statuses: number[] = []
    for (let i = 0; i < votesPerHourPerClient + 3; i++) {
      // A fresh "reader" every time (no cookie), from the same address.
      statuses.push(
        (await post({ collection: 'guides', id: guideId, locale: 'zh', helpful: true }, address))
          .status,
      )
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(votesPerHourPerClient)
    expect(statuses.slice(-3)).toEqual([429, 429, 429])
    const limited = await post(
      { collection: 'guides', id: guideId, locale: 'zh', helpful: true },
      address,
    )
    expect(limited.json.errors).toEqual([{ message: expect.stringMatching(/too many/i) }])
    // Another address is not affected.
    expect(
      (
        await post(
          { collection: 'guides', id: guideId, locale: 'zh', helpful: false },
          { 'x-forwarded-for': '192.0.2.44' },
        )
      ).status,
    ).toBe(200)
  })

  it('holds the limit against a burst of parallel votes with fresh cookies', async () => {
    const address = { 'x-forwarded-for': '203.0.113.77' }
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        post({ collection: 'faqs', id: faqId, locale: 'ru', helpful: i % 2 === 0 }, address).then(
          (r) => r.status,
        ),
      ),
    )
    expect(statuses.filter((s) => s === 200)).toHaveLength(votesPerHourPerClient)
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - votesPerHourPerClient)
    const stored = await votes({ faq: { equals: faqId }, locale: { equals: 'ru' } })
    expect(stored).toHaveLength(votesPerHourPerClient)
  })

  it('keeps one vote per reader even when a new reader votes several times at once', async () => {
    // A reader who has not voted yet, clicking repeatedly (or a script with one cookie).
    const cookie = `simatlas_voter=${randomUUID()}`
    const before = (await votes({ guide: { equals: guideId }, locale: { equals: 'en' } })).length
    const statuses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        post(
          { collection: 'guides', id: guideId, locale: 'en', helpful: i % 2 === 0 },
          { cookie, 'x-forwarded-for': `192.0.2.${100 + i}` },
        ).then((r) => r.status),
      ),
    )
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200])
    expect(await votes({ guide: { equals: guideId }, locale: { equals: 'en' } })).toHaveLength(
      before + 1,
    )
  })

  it('refuses bad input with a 400 and unknown or draft documents with a 404', async () => {
    expect((await post({ collection: 'users', id: 1, locale: 'en', helpful: true })).status).toBe(
      400,
    )
    expect(
      (await post({ collection: 'guides', id: guideId, locale: 'de', helpful: true })).status,
    ).toBe(400)
    expect(
      (await post({ collection: 'guides', id: guideId, locale: 'en', helpful: 'yes' })).status,
    ).toBe(400)
    expect(
      (await post({ collection: 'guides', id: 99999, locale: 'en', helpful: true })).status,
    ).toBe(404)
  })

  // Issue 11 replaced the raw join rows with per-locale totals (the guide's Feedback panel).
  it('gives staff the totals per locale on the guide, and hides votes from the public', async () => {
    const editor = await createStaff(payload, 'feedback-editor@simatlas.test', 'editor')
    const asEditor = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    const totals = await readFeedbackTotals(asEditor, 'guides', guideId)
    const counted = async (where: Record<string, unknown>) =>
      (await payload.count({ collection: 'votes', where: where as never })).totalDocs
    for (const locale of ['zh', 'ru', 'en'] as const) {
      for (const helpful of [true, false]) {
        expect(totals.perLocale[locale][helpful ? 'helpful' : 'notHelpful']).toBe(
          await counted({
            guide: { equals: guideId },
            locale: { equals: locale },
            helpful: { equals: helpful },
          }),
        )
      }
    }
    // The votes above: zh is mostly "helpful", one "not helpful" from another address.
    expect(totals.perLocale.zh.helpful).toBeGreaterThanOrEqual(votesPerHourPerClient)
    expect(totals.perLocale.zh.notHelpful).toBeGreaterThanOrEqual(1)
    expect(totals.total.helpful + totals.total.notHelpful).toBe(
      await counted({ guide: { equals: guideId } }),
    )
    const anonymous = await createLocalReq({}, payload)
    await expect(readFeedbackTotals(anonymous, 'guides', guideId)).rejects.toThrow(/not allowed/i)
    await expect(payload.find({ collection: 'votes', overrideAccess: false })).rejects.toThrow(
      /not allowed/i,
    )
  })
})
