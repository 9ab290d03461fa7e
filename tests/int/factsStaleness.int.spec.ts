import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { factsAge, staleFactsWhere } from '../../src/content/factsStaleness'
import { readNeedsChecking } from '../../src/lib/queries/needsChecking'
import type { User } from '../../src/payload-types'
import { createCarrier, createGuide } from '../support/content'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff } from '../support/staff'

const day = 24 * 60 * 60 * 1000
const now = new Date('2026-12-01T10:00:00.000Z')
/** The UTC day `days` before `now`, as a source's "checked on". */
const daysBefore = (days: number) =>
  new Date(Date.UTC(2026, 11, 1) - days * day).toISOString().slice(0, 10)
const source = (days: number) => ({
  url: 'https://example.kz/page',
  title: 'A page',
  language: 'ru' as const,
  checkedOn: daysBefore(days),
})

let payload: Payload
let editor: User
let translator: User

beforeAll(async () => {
  payload = await bootPayload()
  editor = (await createStaff(payload, 'stale-editor@simatlas.test', 'editor')) as User
  translator = (await createStaff(payload, 'stale-ru@simatlas.test', 'translator')) as User
  const carrier = (slug: string, ...days: number[]) =>
    createCarrier(payload, {
      name: slug,
      slug,
      facts: days.map((d) => ({ kind: 'website', text: slug, source: source(d) })),
    } as never)
  await carrier('fresh', 10)
  await carrier('at-the-limit', 180)
  await carrier('one-day-past', 181, 20)
  await carrier('very-old', 400)
  await carrier('never-verified')
  await createGuide(payload, { title: 'old guide', slug: 'old-guide', sources: [source(300)] })
  await createGuide(payload, { title: 'new guide', slug: 'new-guide', sources: [source(1)] })
})
afterAll(async () => {
  await closePayload(payload)
})
afterEach(() => {
  delete process.env.SIMATLAS_FACTS_STALE_AFTER_DAYS
})

describe('stale facts: one rule', () => {
  it('calls facts older than 180 days, or none, stale', () => {
    expect(factsAge(daysBefore(180), { now })).toEqual({ days: 180, stale: false, limitDays: 180 })
    expect(factsAge(daysBefore(181), { now })).toEqual({ days: 181, stale: true, limitDays: 180 })
    expect(factsAge(daysBefore(0), { now }).stale).toBe(false)
    for (const empty of [null, undefined, '', 'not a date']) {
      expect(factsAge(empty, { now })).toEqual({ days: null, stale: true, limitDays: 180 })
    }
  })

  it('takes the limit from SIMATLAS_FACTS_STALE_AFTER_DAYS, and refuses a typo', () => {
    process.env.SIMATLAS_FACTS_STALE_AFTER_DAYS = '30'
    expect(factsAge(daysBefore(31), { now })).toMatchObject({ stale: true, limitDays: 30 })
    expect(factsAge(daysBefore(30), { now }).stale).toBe(false)
    process.env.SIMATLAS_FACTS_STALE_AFTER_DAYS = '30 days'
    expect(() => factsAge(daysBefore(1), { now })).toThrow(/SIMATLAS_FACTS_STALE_AFTER_DAYS/)
  })

  it('turns stale the day it passes the limit, whatever was stored', () => {
    const verified = daysBefore(180)
    expect(factsAge(verified, { now }).stale).toBe(false)
    expect(factsAge(verified, { now: new Date(now.getTime() + day) }).stale).toBe(true)
  })

  it('finds in the database exactly the documents factsAge calls stale', async () => {
    const { docs } = await payload.find({ collection: 'carriers', limit: 100, depth: 0 })
    const stale = await payload.find({
      collection: 'carriers',
      where: staleFactsWhere({ now }),
      limit: 100,
      depth: 0,
    })
    expect(stale.docs.map((d) => d.slug).sort()).toEqual(
      docs
        .filter((d) => factsAge(d.factsVerifiedOn, { now }).stale)
        .map((d) => d.slug)
        .sort(),
    )
    expect(stale.docs.map((d) => d.slug).sort()).toEqual([
      'never-verified',
      'one-day-past',
      'very-old',
    ])
  })
})

describe('the admin\'s "needs checking" list', () => {
  it('lists never verified first, then the oldest, across collections, with counts', async () => {
    const { counts, documents } = await readNeedsChecking(payload, editor, { now })
    expect(documents.map((d) => `${d.collection}:${d.title}`)).toEqual([
      'carriers:never-verified',
      'carriers:very-old',
      'guides:old guide',
      'carriers:one-day-past',
    ])
    expect(documents[1].verifiedOn).toBe(`${daysBefore(400)}T00:00:00.000Z`)
    expect(counts).toEqual(
      expect.arrayContaining([
        { collection: 'carriers', stale: 3, never: 1 },
        { collection: 'guides', stale: 1, never: 0 },
        { collection: 'channels', stale: 0, never: 0 },
      ]),
    )
    expect(counts).toHaveLength(3)
  })

  it('follows the configured limit', async () => {
    process.env.SIMATLAS_FACTS_STALE_AFTER_DAYS = '350'
    const { documents } = await readNeedsChecking(payload, editor, { now })
    expect(documents.map((d) => d.title)).toEqual(['never-verified', 'very-old'])
  })

  it('reads as the user: translators (staff) see drafts in it too', async () => {
    const { documents } = await readNeedsChecking(payload, translator, { now })
    expect(documents.map((d) => d.title)).toContain('old guide')
    expect(documents).toHaveLength(4)
  })
})
