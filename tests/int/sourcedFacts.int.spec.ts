import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isCompleteSource, oldestCheck, type Fact, type Source } from '../../src/content/sources'
import { seed } from '../../src/seed/seed'
import { bootPayload, closePayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { log: () => undefined })
})
afterAll(async () => {
  await closePayload(payload)
})

const withFacts = ['carriers', 'channels'] as const

describe('the seeded facts', () => {
  it('every published fact has a complete source (https address, title, language, date)', async () => {
    let count = 0
    for (const collection of withFacts) {
      const { docs } = await payload.find({ collection, locale: 'all', limit: 100, depth: 0 })
      for (const doc of docs) {
        for (const fact of (doc.facts ?? []) as Fact[]) {
          count++
          expect(isCompleteSource(fact.source), `${collection} ${doc.slug} ${fact.kind}`).toBe(true)
          // Our own sentence in every locale.
          expect(Object.keys(fact.text as object).sort()).toEqual(['en', 'ru', 'zh'])
        }
      }
    }
    const { docs: guides } = await payload.find({ collection: 'guides', limit: 100, depth: 0 })
    for (const guide of guides) {
      for (const source of (guide.sources ?? []) as Source[]) {
        count++
        expect(isCompleteSource(source), `guide ${guide.slug} ${source.url}`).toBe(true)
      }
    }
    // The four carriers carry the high- and medium-confidence facts (22 + 5 + 5 + 3).
    expect(count).toBeGreaterThanOrEqual(35)
  })

  it('the carriers a traveller meets are there: Kcell / activ, Beeline, Tele2 / Altel, and Kazakhtelecom as what it is', async () => {
    const { docs } = await payload.find({ collection: 'carriers', locale: 'en', sort: 'slug' })
    const kinds = (slug: string) =>
      (docs.find((d) => d.slug === slug)?.facts ?? []).map((f) => f.kind)
    expect(docs.map((d) => d.name)).toEqual([
      'Beeline',
      'Kazakhtelecom',
      'Kcell / activ',
      'Tele2 / Altel',
    ])
    expect(kinds('kcell')).toEqual(
      expect.arrayContaining(['website', 'app', 'packageCheck', 'topUp', 'emergencyCredit']),
    )
    expect(kinds('beeline')).toEqual(expect.arrayContaining(['website', 'app', 'packageCheck']))
    // Kazakhtelecom sells no SIM: no website, app or top-up facts, and its text says so.
    expect(kinds('kazakhtelecom')).not.toContain('topUp')
    expect(docs.find((d) => d.slug === 'kazakhtelecom')?.description).toMatch(/fixed-line/)
  })

  it('"facts verified on" is the oldest check of the document’s facts', async () => {
    for (const collection of withFacts) {
      const { docs } = await payload.find({ collection, limit: 100, depth: 0 })
      for (const doc of docs) {
        const facts = (doc.facts ?? []) as Fact[]
        expect(doc.factsVerifiedOn ?? null, `${collection} ${doc.slug}`).toBe(
          oldestCheck(facts.map((f) => f.source)),
        )
      }
    }
  })
})

describe('facts verified on, derived on save', () => {
  const source = (checkedOn: string): Source => ({
    url: 'https://example.kz/page',
    title: 'A page',
    language: 'ru',
    checkedOn,
  })

  it('takes the oldest complete source, ignores incomplete ones, and cannot be typed in', async () => {
    const carrier = await payload.create({
      collection: 'carriers',
      locale: 'zh',
      data: {
        name: '测试',
        slug: 'derived-date',
        factsVerifiedOn: '2000-01-01T00:00:00.000Z',
        facts: [
          { kind: 'website', text: '一', source: source('2026-11-01') },
          { kind: 'app', text: '二', source: source('2026-06-15') },
          { kind: 'topUp', text: '三', source: { url: 'https://example.kz/x' } },
        ],
      } as never,
    })
    expect(carrier.factsVerifiedOn).toBe('2026-06-15T00:00:00.000Z')

    // A translator's text keeps the date; dropping the old fact moves it on.
    const ru = await payload.update({
      collection: 'carriers',
      id: carrier.id,
      locale: 'ru',
      data: { name: 'Тест' },
    })
    expect(ru.factsVerifiedOn).toBe('2026-06-15T00:00:00.000Z')
    const later = await payload.update({
      collection: 'carriers',
      id: carrier.id,
      locale: 'zh',
      data: { facts: [carrier.facts![0]] },
    })
    expect(later.factsVerifiedOn).toBe('2026-11-01T00:00:00.000Z')
  })

  it('refuses a source address that is not https', async () => {
    await expect(
      payload.create({
        collection: 'carriers',
        locale: 'zh',
        data: {
          name: '测试',
          slug: 'bad-source',
          facts: [{ kind: 'website', text: '一', source: { url: 'javascript:alert(1)' } }],
        } as never,
      }),
    ).rejects.toThrow(/https/)
  })
})
