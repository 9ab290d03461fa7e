import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Source } from '../../src/content/sources'
import { locales, type Locale } from '../../src/i18n/locales'
import { contentDir, loadContentFiles } from '../../src/seed/contentFiles'
import { markdownToRichText } from '../../src/seed/markdownToRichText'
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

const perLocale = <T>(value: (locale: Locale) => T) =>
  Object.fromEntries(locales.map((l) => [l, value(l)]))

/** A published document of `collection` read in every locale, with its relations as slugs. */
async function stored(collection: 'guides' | 'faqs' | 'carriers' | 'channels', zhSlug: string) {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: zhSlug } },
    locale: 'all',
    depth: 1,
    overrideAccess: false,
  })
  expect(docs, `${collection} ${zhSlug}`).toHaveLength(1)
  return docs[0] as unknown as Record<string, unknown>
}

/** The slugs of related documents read at depth 1 with `locale: 'all'` (a shared slug). */
const slugsOf = (related: unknown) =>
  ((related ?? []) as { slug: string | Record<string, string> }[]).map((d) =>
    typeof d.slug === 'string' ? d.slug : d.slug.zh,
  )

type StoredFact = { kind: string; text: Record<Locale, string>; source: Source }

/** A stored source as its file writes it: the day it was checked, no row id. */
const sourceAsFiled = ({ url, title, language, checkedOn }: Source) => ({
  url,
  title,
  language,
  checkedOn: checkedOn?.slice(0, 10),
})
const sourcesAsFiled = (sources: Source[] | null | undefined) => (sources ?? []).map(sourceAsFiled)
const factsAsFiled = (facts: StoredFact[] | null | undefined) =>
  (facts ?? []).map(({ kind, source }) => ({ kind, source: sourceAsFiled(source) }))

describe('npm run seed', () => {
  it('loads the article and the rules guide: guides, the named carriers, three channels, seven FAQs and demo accounts', async () => {
    const report = await seed(payload, quiet)
    expect(report.created).toEqual({ carriers: 4, channels: 3, faqs: 7, guides: 3 })
    expect(report.demoAccounts).toBe(4)

    const carriers = await payload.find({ collection: 'carriers', locale: 'ru', sort: 'slug' })
    expect(carriers.docs.map((c) => c.slug)).toEqual(['beeline', 'kazakhtelecom', 'kcell', 'tele2'])
    // Facts no source gives stay empty for an editor to fill.
    for (const carrier of carriers.docs) {
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

  it('writes what the content files say, in every locale', async () => {
    const content = loadContentFiles()
    const faqAnswer = markdownToRichText(payload.config, 'faqs', 'answer')
    const guideBody = markdownToRichText(payload.config, 'guides', 'body')

    for (const carrier of content.carriers) {
      const doc = await stored('carriers', carrier.key)
      expect(doc.country).toBe(carrier.shared.country)
      expect(doc.name).toEqual(perLocale((l) => carrier.localized[l].name))
      expect(doc.description).toEqual(perLocale((l) => carrier.localized[l].description))
      const facts = doc.facts as StoredFact[]
      expect(factsAsFiled(facts), carrier.key).toEqual(carrier.shared.facts)
      expect(perLocale((l) => facts.map((f) => f.text[l]))).toEqual(
        perLocale((l) => carrier.localized[l].facts),
      )
    }
    for (const channel of content.channels) {
      const doc = await stored('channels', channel.key)
      const { carriers, facts, ...shared } = channel.shared
      expect(doc).toMatchObject(shared)
      expect(factsAsFiled(doc.facts as StoredFact[]), channel.key).toEqual(facts ?? [])
      expect(slugsOf(doc.carriers)).toEqual(carriers)
      for (const field of ['name', 'summary', 'timeToEffect'] as const) {
        expect(doc[field], `${channel.key} ${field}`).toEqual(
          perLocale((l) => channel.localized[l][field]),
        )
      }
      for (const field of ['steps', 'pros', 'cautions'] as const) {
        const texts = doc[field] as Record<Locale, { text: string }[]>
        expect(
          perLocale((l) => texts[l].map((item) => item.text)),
          `${channel.key} ${field}`,
        ).toEqual(perLocale((l) => channel.localized[l][field]))
      }
    }
    for (const faq of content.faqs) {
      const doc = await stored('faqs', faq.key)
      const { relatedGuides, sources, ...shared } = faq.shared
      expect(doc).toMatchObject({ ...shared, _status: 'published' })
      expect(sourcesAsFiled(doc.sources as Source[]), faq.key).toEqual(sources)
      const guideSlug = (key: string) =>
        content.guides.find((g) => g.key === key)!.localized.zh.slug
      expect(slugsOf(doc.relatedGuides), faq.key).toEqual((relatedGuides ?? []).map(guideSlug))
      expect(doc.question).toEqual(perLocale((l) => faq.localized[l].question))
      expect(doc.answer).toEqual(
        perLocale((l) => faqAnswer(faq.localized[l].answer, faq.files.localized[l])),
      )
    }
    for (const guide of content.guides) {
      const doc = await stored('guides', guide.localized.zh.slug)
      const { relatedCarriers, relatedChannels, relatedFaqs, sources, ...shared } = guide.shared
      expect(doc).toMatchObject({ ...shared, _status: 'published' })
      expect(sourcesAsFiled(doc.sources as Source[]), guide.key).toEqual(sources)
      expect(slugsOf(doc.relatedCarriers)).toEqual(relatedCarriers)
      expect(slugsOf(doc.relatedChannels)).toEqual(relatedChannels)
      expect(slugsOf(doc.relatedFaqs)).toEqual(relatedFaqs)
      for (const field of ['title', 'slug', 'summary'] as const) {
        expect(doc[field], `${guide.key} ${field}`).toEqual(
          perLocale((l) => guide.localized[l][field]),
        )
      }
      expect(doc.meta).toEqual({
        title: perLocale((l) => guide.localized[l]['meta.title']),
        description: perLocale((l) => guide.localized[l]['meta.description']),
        // The SEO plugin's share image: the demo content has none.
        image: perLocale(() => null),
      })
      expect(doc.body).toEqual(
        perLocale((l) => guideBody(guide.localized[l].body, guide.files.localized[l])),
      )
    }
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
      // The guides' own text: related carriers carry their facts' sources, checked apart.
      depth: 0,
    })
    // Sources are where facts come from, listed apart (checked in sourcedFacts.int.spec.ts).
    const text = JSON.stringify(docs.map(({ sources: _sources, ...guide }) => guide))
    // No links at all (the article's are promotional), no handles, no call to comment.
    expect(text).not.toMatch(/https?:\/\/|www\.|telegram|@[a-z0-9_]{4,}|评论区/i)
  })
})

describe('the content files', () => {
  /** A copy of content/ changed by `change`, loaded: the error it gives, or null. */
  function loadChanged(change: (dir: string) => void) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simatlas-content-'))
    try {
      fs.cpSync(contentDir, dir, { recursive: true })
      change(dir)
      loadContentFiles(dir)
      return null
    } catch (error) {
      return (error as Error).message
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
  const edit = (file: string, replace: (text: string) => string) =>
    fs.writeFileSync(file, replace(fs.readFileSync(file, 'utf8')))

  it('load as they are (guard)', () => {
    expect(loadChanged(() => undefined)).toBeNull()
  })

  it('name the file that is missing a locale', () => {
    expect(loadChanged((dir) => fs.rmSync(path.join(dir, 'guides/renewal.ru.md')))).toMatch(
      /guides\/renewal\.ru\.md: is missing/,
    )
    expect(
      loadChanged((dir) => fs.rmSync(path.join(dir, 'channels/retail-store.en.json'))),
    ).toMatch(/channels\/retail-store\.en\.json: is missing/)
  })

  it('name the file and the key that is unknown or missing', () => {
    expect(
      loadChanged((dir) =>
        edit(path.join(dir, 'guides/renewal.en.md'), (t) => t.replace('title:', 'titel:')),
      ),
    ).toMatch(/guides\/renewal\.en\.md: unknown key "titel"/)
    expect(
      loadChanged((dir) =>
        edit(path.join(dir, 'faqs/renewal-failed.json'), (t) => t.replace('"order"', '"ordre"')),
      ),
    ).toMatch(/faqs\/renewal-failed\.json: unknown key "ordre"/)
    expect(
      loadChanged((dir) =>
        edit(path.join(dir, 'carriers/tele2.ru.json'), (t) =>
          JSON.stringify({ ...JSON.parse(t), description: undefined }),
        ),
      ),
    ).toMatch(/carriers\/tele2\.ru\.json: "description" is missing/)
  })

  it('name the file with a value the collection does not take, or a document that does not exist', () => {
    expect(
      loadChanged((dir) =>
        edit(path.join(dir, 'channels/retail-store.json'), (t) =>
          t.replace('"official"', '"trusted"'),
        ),
      ),
    ).toMatch(/channels\/retail-store\.json: "verification" must be one of/)
    expect(
      loadChanged((dir) =>
        edit(path.join(dir, 'guides/renewal.en.md'), (t) =>
          t.replace(/^meta\.title: .*$/m, `meta.title: ${'x'.repeat(71)}`),
        ),
      ),
    ).toMatch(/guides\/renewal\.en\.md: "meta\.title" is 71 characters long, at most 70/)
    expect(
      loadChanged((dir) =>
        edit(path.join(dir, 'guides/renewal.json'), (t) =>
          t.replace('"renewal-failed"', '"no-such-faq"'),
        ),
      ),
    ).toMatch(/guides\/renewal\.json: "relatedFaqs" names "no-such-faq"/)
    expect(
      loadChanged((dir) => fs.writeFileSync(path.join(dir, 'faqs/new-question.de.md'), '')),
    ).toMatch(/faqs\/new-question\.de\.md: is not a content file/)
  })

  it('name the file whose block the Markdown conversion cannot read', () => {
    const convert = markdownToRichText(payload.config, 'guides', 'body')
    expect(() => convert('<callout kind="note">\n  Text.\n</callout>', 'guides/x.en.md')).toThrow(
      /guides\/x\.en\.md: has an element the Markdown conversion did not read/,
    )
    expect(convert('<callout kind="tip">\n  Text.\n</callout>', 'x').root.children).toMatchObject([
      { type: 'block', fields: { blockType: 'callout', kind: 'tip', text: 'Text.' } },
    ])
  })
})

describe('the content, tried as a new reader', () => {
  type Node = { type: string; tag?: string; text?: string; children?: Node[]; fields?: never }
  const plain = (node: Node): string => node.text ?? (node.children ?? []).map(plain).join('')
  const content = loadContentFiles()
  /** Every text of a locale's files, by file. */
  const textsIn = (locale: Locale) =>
    (['carriers', 'channels', 'faqs', 'guides'] as const).flatMap((collection) =>
      content[collection].map((d) => ({
        file: d.files.localized[locale],
        text: JSON.stringify(d.localized[locale]),
      })),
    )

  it('names each carrier in a language as the carrier is stored in it (ru: Казахтелеком, Билайн)', () => {
    for (const locale of locales) {
      const otherNames = content.carriers.flatMap((carrier) =>
        locales
          .map((l) => carrier.localized[l].name)
          .filter((name) => name !== carrier.localized[locale].name),
      )
      for (const { file, text } of textsIn(locale)) {
        // An app's own name in quotes («Менің Beeline») is the app's, not the carrier's.
        const unquoted = text.replace(/«[^»]*»|“[^”]*”/g, '')
        for (const name of otherNames)
          expect(unquoted, `${file} writes ${name}`).not.toContain(name)
      }
    }
  })

  it('states what happens to an expired card once, in the FAQ, and the guide links to it', () => {
    const frozen = { zh: /冻结/, ru: /замороз/i, en: /frozen/i }
    for (const locale of locales) {
      const saying = textsIn(locale).filter(({ text }) => frozen[locale].test(text))
      expect(saying.map((s) => path.basename(s.file))).toEqual([`renew-after-expiry.${locale}.md`])
      const guide = content.guides.find((g) => g.key === 'renewal')!
      expect(guide.localized[locale].body).toContain(`](/${locale}/faq#renew-after-expiry)`)
    }
  })

  it('links the site’s renewal reminder where it says to set a reminder', () => {
    const tips = content.guides.find((g) => g.key === 'tips-avoid-expiry')!
    for (const locale of locales) {
      expect(tips.localized[locale].body).toContain(`](/${locale}/tools/renewal-reminder)`)
    }
  })

  it('links only within its own language, to FAQs, guides and carriers that exist (guard)', () => {
    const faqSlugs = new Set(content.faqs.map((f) => f.key))
    const carrierSlugs = new Set(content.carriers.map((c) => c.key))
    for (const locale of locales) {
      const guideSlugs = new Set(content.guides.map((g) => g.localized[locale].slug))
      for (const { file, text } of textsIn(locale)) {
        for (const [, url] of text.matchAll(/\]\(([^)]*)\)/g)) {
          expect(url, file).toMatch(new RegExp(`^/${locale}/`))
          const anchor = /\/faq#(.+)$/.exec(url)?.[1]
          if (anchor) expect(faqSlugs.has(anchor), `${file} links ${url}`).toBe(true)
          const guide = /^\/[a-z]+\/guides\/([^/#?]+)$/.exec(url)?.[1]
          if (guide) expect(guideSlugs.has(guide), `${file} links ${url}`).toBe(true)
          const carrier = /^\/[a-z]+\/carriers\/([^/#?]+)$/.exec(url)?.[1]
          if (carrier) expect(carrierSlugs.has(carrier), `${file} links ${url}`).toBe(true)
        }
      }
    }
  })

  it('has the rules guide in every language, linked from the renewal guide and its FAQs', () => {
    const rules = content.guides.find((g) => g.key === 'before-you-go')!
    expect(rules.shared.topic).toBe('buying')
    const faqs = content.faqs.filter((f) => f.shared.relatedGuides?.includes('before-you-go'))
    expect(faqs.map((f) => f.key).sort()).toEqual([
      'biometric-check',
      'iin-top-up',
      'imei-grey-list',
    ])
    expect([...rules.shared.relatedFaqs].sort()).toEqual(faqs.map((f) => f.key).sort())
    const renewal = content.guides.find((g) => g.key === 'renewal')!
    for (const locale of locales) {
      expect(fs.existsSync(rules.files.localized[locale]), rules.files.localized[locale]).toBe(true)
      const link = `](/${locale}/guides/${rules.localized[locale].slug})`
      expect(renewal.localized[locale].body).toContain(link)
      for (const faq of faqs) expect(faq.localized[locale].answer, faq.key).toContain(link)
      // The renewal guide's "carrier's website or app" points to the carriers that have pages.
      for (const carrier of content.channels.find((c) => c.key === 'carrier-website-or-app')!.shared
        .carriers)
        expect(renewal.localized[locale].body).toContain(`](/${locale}/carriers/${carrier})`)
    }
  })

  it('names each source it cites, in every language, in the document’s sources or facts', () => {
    /** "(source: lada.kz, …" / "（来源：lada.kz，…" / "(источник: lada.kz, …" */
    const cited = /(?:source|来源|источник)[:：]\s*([a-z0-9.-]+\.[a-z]{2,})/gi
    const sourced: string[] = []
    for (const collection of ['channels', 'faqs', 'guides'] as const) {
      for (const document of content[collection]) {
        const file = document.files.shared
        const hosts = new Set<string>()
        const shared = document.shared as {
          sources?: Source[]
          facts?: { source: Source }[]
        }
        const sources = [...(shared.sources ?? []), ...(shared.facts ?? []).map((f) => f.source)]
        if (sources.length > 0) {
          for (const source of sources) {
            expect(Object.keys(source).sort(), file).toEqual([
              'checkedOn',
              'language',
              'title',
              'url',
            ])
            expect(['en', 'ru', 'kk', 'zh'], file).toContain(source.language)
            expect(source.checkedOn, file).toMatch(/^\d{4}-\d{2}-\d{2}$/)
            expect(source.title?.trim(), file).toBeTruthy()
            hosts.add(new URL(String(source.url)).hostname.replace(/^www\./, ''))
          }
          sourced.push(`${collection}/${document.key}`)
        }
        for (const locale of locales) {
          const text = JSON.stringify(document.localized[locale])
          for (const [, host] of text.matchAll(cited))
            expect(hosts.has(host), `${document.files.localized[locale]} cites ${host}`).toBe(true)
        }
      }
    }
    expect(sourced).toEqual(
      expect.arrayContaining(['channels/carrier-website-or-app', 'guides/before-you-go']),
    )
  })

  it('gives each channel the same name and steps in the renewal guide as on its own page (guard)', () => {
    const convert = markdownToRichText(payload.config, 'guides', 'body')
    const guide = content.guides.find((g) => g.key === 'renewal')!
    const channels = guide.shared.relatedChannels.map((key) =>
      content.channels.find((c) => c.key === key)!,
    )
    for (const locale of locales) {
      const nodes = convert(guide.localized[locale].body, guide.files.localized[locale]).root
        .children as unknown as Node[]
      const steps = nodes
        .filter((n) => n.type === 'block')
        .map((n) => n.fields as unknown as { blockType: string; items?: { text: string }[] })
        .filter((fields) => fields.blockType === 'steps')
        .map((fields) => fields.items!.map((item) => item.text))
      expect(steps).toEqual(channels.map((c) => c.localized[locale].steps))
      const headings = nodes.filter((n) => n.type === 'heading' && n.tag === 'h3').map(plain)
      channels.forEach((channel, i) =>
        expect(headings).toContain(`${i + 1}. ${channel.localized[locale].name}`),
      )
    }
  })
})
