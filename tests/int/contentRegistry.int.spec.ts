import type { Field, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, closePayload } from '../support/payload'

/**
 * The registry's one translated-rule per collection (guides: title, FAQs: question, carriers:
 * description, channels: name), as the pages and the sitemap apply it to documents read the way
 * the queries read them; and the facts derived from the Payload config (drafts, which documents
 * show a document).
 */
let payload: Payload
const context = { disableRevalidate: true, disableSearchSync: true }

const richText = (text: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [
      {
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
        ],
      },
    ],
  },
})

/** Creates a document in zh, then writes the other locales' values onto it. */
async function create(
  collection: 'guides' | 'faqs' | 'carriers' | 'channels',
  shared: Record<string, unknown>,
  byLocale: Partial<Record<'zh' | 'ru' | 'en', Record<string, unknown>>>,
) {
  const { zh, ...others } = byLocale
  // Every public collection has drafts (carriers and channels since issue 11): published.
  const published = { _status: 'published' }
  const doc = await payload.create({
    collection,
    locale: 'zh',
    data: { ...shared, ...zh, ...published } as never,
    overrideAccess: true,
    context,
  })
  for (const [locale, data] of Object.entries(others)) {
    await payload.update({
      collection,
      id: doc.id,
      locale: locale as 'ru' | 'en',
      data: { ...data, ...published } as never,
      overrideAccess: true,
      context,
    })
  }
  return doc.id
}

beforeAll(async () => {
  payload = await bootPayload()
  // A carrier whose brand name is written in Russian, but whose description is not.
  await create(
    'carriers',
    { slug: 'rule-carrier', country: 'KZ' },
    {
      zh: { name: '测试运营商', description: '中文介绍' },
      ru: { name: 'Тестовый оператор' },
      en: { name: 'Test carrier', description: 'An English description' },
    },
  )
  // A channel, a guide and a FAQ written in zh and en only (their translated fields are required:
  // a locale that has any of their text has those).
  await create(
    'channels',
    { slug: 'rule-channel', kinds: ['retail-store'] },
    {
      zh: { name: '测试渠道', summary: '中文' },
      en: { name: 'Test channel', summary: 'English' },
    },
  )
  await create(
    'guides',
    { topic: 'renewal', country: 'KZ' },
    {
      zh: { title: '测试指南', slug: 'ceshi-zhinan', body: richText('中文正文') },
      en: { title: 'Test guide', slug: 'test-guide', body: richText('Body') },
    },
  )
  await create(
    'faqs',
    { slug: 'rule-faq', topic: 'expiry' },
    {
      zh: { question: '测试问题？', answer: richText('中文回答') },
      en: { question: 'Test question?', answer: richText('Answer') },
    },
  )
})
afterAll(async () => {
  await closePayload(payload)
})

describe('one translated-rule per collection', () => {
  // A guard: the sitemap and the pages judged carriers by their description before the
  // registry too (search, wired separately, judged them by name).
  it('a carrier with a Russian name but no Russian description is untranslated in ru', async () => {
    const { readCarrierList, readCarrier } = await import('../../src/lib/queries/carriers')
    const { documentAlternates } = await import('../../src/lib/documentAlternates')
    const { isTranslated, translatedLocalesOf } =
      await import('../../src/content/publicCollections')
    const { carriers } = await readCarrierList(payload)
    const carrier = carriers.find((c) => c.slug === 'rule-carrier')!
    expect(carrier.name.ru).toBe('Тестовый оператор')
    expect(translatedLocalesOf('carriers', carrier)).toEqual(['zh', 'en'])

    // The carrier page: the notice and noindex in ru, and no ru alternate anywhere.
    const page = (await readCarrier(payload, carrier.id))!
    expect(isTranslated('carriers', page.carrier, 'ru')).toBe(false)
    expect(isTranslated('carriers', page.carrier, 'en')).toBe(true)
    expect(documentAlternates('carriers', page.carrier)).toEqual({
      zh: '/zh/carriers/rule-carrier',
      ru: null,
      en: '/en/carriers/rule-carrier',
    })
  })

  it('the sitemap lists each document only in the locales its rule counts as translated', async () => {
    const { readCarrierList } = await import('../../src/lib/queries/carriers')
    const { readGuideList } = await import('../../src/lib/queries/guides')
    const { sitemapEntriesOf } = await import('../../src/lib/sitemap/sitemapEntries')
    const entries = sitemapEntriesOf({
      guides: await readGuideList(payload),
      ...(await readCarrierList(payload)),
    })
    const urls = entries.map((e) => new URL(e.url).pathname)
    for (const path of ['/carriers/rule-carrier', '/channels/rule-channel']) {
      expect(urls).toContain(`/zh${path}`)
      expect(urls).toContain(`/en${path}`)
      expect(urls).not.toContain(`/ru${path}`)
    }
    expect(urls).toContain('/zh/guides/ceshi-zhinan')
    expect(urls).toContain('/en/guides/test-guide')
    expect(urls.filter((u) => u.startsWith('/ru/guides/'))).toEqual([])
    // Nor is ru among the alternates of the entries that are listed.
    const carrierEntry = entries.find((e) => e.url.endsWith('/zh/carriers/rule-carrier'))!
    expect(Object.keys(carrierEntry.alternates).sort()).toEqual(['en', 'x-default', 'zh-Hans'])
  })

  it('a FAQ without a Russian question is untranslated in ru', async () => {
    const { readFaqList } = await import('../../src/lib/queries/faqs')
    const { isTranslated } = await import('../../src/content/publicCollections')
    const faq = (await readFaqList(payload)).find((f) => f.slug === 'rule-faq')!
    expect(isTranslated('faqs', faq, 'ru')).toBe(false)
    expect(isTranslated('faqs', faq, 'en')).toBe(true)
  })
})

describe('facts derived from the Payload config', () => {
  it('drafts: every public collection has them (carriers and channels since issue 11)', async () => {
    const { hasDrafts } = await import('../../src/content/derivedFromConfig')
    expect(
      (['guides', 'faqs', 'carriers', 'channels'] as const).filter((c) => hasDrafts(payload, c)),
    ).toEqual(['guides', 'faqs', 'carriers', 'channels'])
  })

  it('which documents show a document: every relation field of a public collection', async () => {
    const { referencesTo } = await import('../../src/content/derivedFromConfig')
    const paths = (target: 'guides' | 'faqs' | 'carriers' | 'channels') =>
      referencesTo(payload, target).map((r) => `${r.collection}.${r.path}${r.hasMany ? '[]' : ''}`)
    // Votes point at guides and FAQs too, but no reader sees a vote.
    expect(paths('guides')).toEqual(['faqs.relatedGuides[]'])
    expect(paths('faqs')).toEqual(['guides.relatedFaqs[]'])
    // The hand-written list missed FAQs' related carriers and a merged carrier's successor.
    expect(paths('carriers').sort()).toEqual([
      'carriers.mergedInto',
      'channels.carriers[]',
      'faqs.relatedCarriers[]',
      'guides.relatedCarriers[]',
    ])
    expect(paths('channels')).toEqual(['guides.relatedChannels[]'])
  })

  it('finds relations inside groups, arrays, rows, tabs and blocks, by their query paths', async () => {
    const { relationFieldsIn } = await import('../../src/content/derivedFromConfig')
    const fields: Field[] = [
      { name: 'plain', type: 'relationship', relationTo: 'carriers' },
      { name: 'box', type: 'group', fields: [{ name: 'a', type: 'upload', relationTo: 'media' }] },
      {
        name: 'list',
        type: 'array',
        fields: [{ name: 'b', type: 'relationship', relationTo: 'faqs', hasMany: true }],
      },
      { type: 'row', fields: [{ name: 'c', type: 'relationship', relationTo: 'guides' }] },
      {
        type: 'tabs',
        tabs: [
          { label: 'Unnamed', fields: [{ name: 'd', type: 'relationship', relationTo: 'guides' }] },
          { name: 'named', fields: [{ name: 'e', type: 'relationship', relationTo: 'guides' }] },
        ],
      },
      {
        name: 'layout',
        type: 'blocks',
        blocks: [
          { slug: 'x', fields: [{ name: 'f', type: 'relationship', relationTo: 'channels' }] },
        ],
      },
    ]
    expect(relationFieldsIn(fields).map((r) => r.path)).toEqual([
      'plain',
      'box.a',
      'list.b',
      'c',
      'd',
      'named.e',
      'layout.f',
    ])
  })
})
