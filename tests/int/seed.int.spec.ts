import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../src/seed/seed'
import { bootPayload, closePayload } from '../support/payload'

let payload: Payload
const quiet = { log: () => undefined }
const collections = ['guides', 'faqs', 'carriers', 'channels', 'users'] as const

async function snapshot() {
  const result: Record<string, { count: number; updatedAt: string[] }> = {}
  for (const collection of collections) {
    const { docs, totalDocs } = await payload.find({
      collection,
      limit: 100,
      depth: 0,
      draft: true,
      sort: 'id',
    })
    result[collection] = { count: totalDocs, updatedAt: docs.map((d) => d.updatedAt) }
  }
  return result
}

beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

describe('npm run seed', () => {
  it('loads the article: guides, the named carriers, three channels, four FAQs and demo accounts', async () => {
    const report = await seed(payload, quiet)
    expect(report.created).toEqual({ carriers: 3, channels: 3, faqs: 4, guides: 2 })
    expect(report.demoAccounts).toBe(4)

    const carriers = await payload.find({ collection: 'carriers', locale: 'ru', sort: 'slug' })
    expect(carriers.docs.map((c) => c.slug)).toEqual(['beeline', 'kazakhtelecom', 'tele2'])
    // Facts the article does not give stay empty for an editor to fill.
    for (const carrier of carriers.docs) {
      expect(carrier.website ?? null).toBeNull()
      expect(carrier.balanceCheck ?? null).toBeNull()
      expect(carrier.validityOptions ?? []).toEqual([])
      expect(carrier.autoRenewal).toBe('unknown')
    }

    const agent = await payload.find({
      collection: 'channels',
      locale: 'en',
      where: { slug: { equals: 'third-party-agent' } },
    })
    expect(agent.docs[0]).toMatchObject({
      verification: 'unverified',
      paymentMethods: ['wechat-pay', 'alipay'],
    })
    expect(agent.docs[0].steps).toHaveLength(4)
  })

  it('publishes the renewal guide in three languages with its own slug in each', async () => {
    const titles: Record<string, string> = {}
    for (const locale of ['zh', 'ru', 'en'] as const) {
      const { docs } = await payload.find({
        collection: 'guides',
        locale,
        where: { topic: { equals: 'renewal' } },
        overrideAccess: false,
      })
      expect(docs).toHaveLength(1)
      titles[locale] = `${docs[0].slug} | ${docs[0].title}`
    }
    expect(titles.zh).toMatch(/^hasakesitan-yuanyouka-xufei \| 哈萨克斯坦远游卡怎么续费/)
    expect(titles.ru).toMatch(/^prodlenie-.* \| Как продлить туристическую SIM-карту/)
    expect(titles.en).toMatch(/^renew-tourist-sim-kazakhstan \| How to renew a tourist SIM/)
  })

  it('changes nothing when run a second time', async () => {
    const before = await snapshot()
    const report = await seed(payload, quiet)
    expect(report.created).toEqual({ carriers: 0, channels: 0, faqs: 0, guides: 0 })
    expect(report.demoAccounts).toBe(0)
    expect(await snapshot()).toEqual(before)
  })

  it('refuses to create the demo accounts when NODE_ENV=production', async () => {
    const { seedDemoAccounts } = await import('../../src/seed/demoAccounts')
    const previous = process.env.NODE_ENV
    ;(process.env as Record<string, string>).NODE_ENV = 'production'
    try {
      await expect(seedDemoAccounts(payload)).rejects.toThrow(/NODE_ENV=production/)
    } finally {
      ;(process.env as Record<string, string | undefined>).NODE_ENV = previous
    }
  })

  it('never carries the source article’s promotional links or handles', async () => {
    const { docs } = await payload.find({
      collection: 'guides',
      locale: 'all',
      limit: 10,
      draft: true,
    })
    const text = JSON.stringify(docs)
    // No links at all (the article's are promotional), no handles, no call to comment.
    expect(text).not.toMatch(/https?:\/\/|www\.|telegram|@[a-z0-9_]{4,}|评论区/i)
  })
})
