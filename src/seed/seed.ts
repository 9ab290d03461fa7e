import type { Payload } from 'payload'

import { collectionSlugs } from '@/content/constants'
import { hasDrafts } from '@/content/derivedFromConfig'
import { type PublicCollection, publicCollectionSlugs } from '@/content/publicCollections'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import type { Carrier, Channel, Faq, Guide } from '@/payload-types'

import { type ContentDocument, loadContentFiles, type SeedContent } from './contentFiles'
import { DemoAccountsRefused, seedDemoAccounts } from './demoAccounts'
import { loadGlossaryFiles, seedGlossary } from './glossaryFiles'
import { markdownToRichText } from './markdownToRichText'

export type SeedReport = {
  created: Record<PublicCollection, number>
  glossary: number
  demoAccounts: number | 'refused'
}

const context = { disableRevalidate: true }
const translations = locales.filter((l) => l !== defaultLocale)

/** Ids of the documents written so far, by collection and key, for relations. */
type Ids = Record<PublicCollection, Map<string, number>>

/** One document ready to write: its localized fields per locale, its shared ones once the documents it relates to are written. */
type Prepared = {
  collection: PublicCollection
  key: string
  shared: (ids: Ids) => Record<string, unknown>
  /**
   * Relations to documents written after this one (an FAQ's related guides: guides relate to
   * FAQs, so FAQs are written first), set once every document exists.
   */
  later?: (ids: Ids) => Record<string, unknown>
  localized: Record<Locale, Record<string, unknown>>
  /** The texts of its facts per locale, by position (rows are made in zh, then translated). */
  factTexts: Record<Locale, string[]>
}

/** The fact rows in zh: kind and source from the shared file, the zh text by position. */
const zhFacts = <F extends object>(facts: F[], texts: Record<Locale, { facts: string[] }>) =>
  facts.map((fact, i) => ({ ...fact, text: texts[defaultLocale].facts[i] }))

const toItems = (texts: string[]) => texts.map((text) => ({ text }))

const idsOf = (ids: Ids, collection: PublicCollection, keys: string[]) =>
  keys.map((key) => ids[collection].get(key)).filter((id): id is number => id !== undefined)

/**
 * The content files as the fields they fill, typed by the collections' generated types, in the
 * order they are written: a document's relations (carriers, then channels and FAQs) come first.
 * The Markdown is converted here, so a file the converter cannot read stops the seed before it
 * writes anything.
 */
function prepare(payload: Payload, content: SeedContent): Prepared[] {
  const faqAnswer = markdownToRichText(payload.config, collectionSlugs.faqs, 'answer')
  const guideBody = markdownToRichText(payload.config, collectionSlugs.guides, 'body')

  function each<C extends PublicCollection, T>(
    collection: C,
    fields: (document: ContentDocument<C>) => {
      shared: (ids: Ids) => Partial<T>
      later?: (ids: Ids) => Partial<T>
      localized: (locale: Locale) => Partial<T>
      factTexts?: (locale: Locale) => string[]
    },
  ): Prepared[] {
    return content[collection].map((document) => {
      const { shared, later, localized, factTexts } = fields(document)
      return {
        collection,
        key: document.key,
        shared,
        later,
        factTexts: Object.fromEntries(
          locales.map((l) => [l, factTexts?.(l) ?? []]),
        ) as Prepared['factTexts'],
        localized: Object.fromEntries(
          locales.map((l) => [l, localized(l)]),
        ) as Prepared['localized'],
      }
    })
  }

  return [
    ...each<typeof collectionSlugs.carriers, Carrier>(
      collectionSlugs.carriers,
      ({ key, shared, localized }) => ({
        shared: () => ({
          slug: key,
          country: shared.country,
          facts: zhFacts(shared.facts, localized),
        }),
        localized: (l) => ({ name: localized[l].name, description: localized[l].description }),
        factTexts: (l) => localized[l].facts,
      }),
    ),
    ...each<typeof collectionSlugs.channels, Channel>(
      collectionSlugs.channels,
      ({ key, shared, localized }) => ({
        shared: (ids) => ({
          slug: key,
          kinds: shared.kinds,
          verification: shared.verification,
          paymentMethods: shared.paymentMethods,
          worksFromAbroad: shared.worksFromAbroad,
          carriers: idsOf(ids, collectionSlugs.carriers, shared.carriers),
          facts: zhFacts(shared.facts, localized),
        }),
        factTexts: (l) => localized[l].facts,
        localized: (l) => ({
          name: localized[l].name,
          summary: localized[l].summary,
          steps: toItems(localized[l].steps),
          pros: toItems(localized[l].pros),
          cautions: toItems(localized[l].cautions),
          timeToEffect: localized[l].timeToEffect,
        }),
      }),
    ),
    ...each<typeof collectionSlugs.faqs, Faq>(
      collectionSlugs.faqs,
      ({ key, shared, localized, files }) => ({
        shared: () => ({
          slug: key,
          topic: shared.topic,
          order: shared.order,
          sources: shared.sources,
        }),
        later: shared.relatedGuides?.length
          ? (ids) => ({ relatedGuides: idsOf(ids, collectionSlugs.guides, shared.relatedGuides!) })
          : undefined,
        localized: (l) => ({
          question: localized[l].question,
          answer: faqAnswer(localized[l].answer, files.localized[l]),
        }),
      }),
    ),
    ...each<typeof collectionSlugs.guides, Guide>(
      collectionSlugs.guides,
      ({ shared, localized, files }) => ({
        shared: (ids) => ({
          topic: shared.topic,
          country: shared.country,
          relatedCarriers: idsOf(ids, collectionSlugs.carriers, shared.relatedCarriers),
          relatedChannels: idsOf(ids, collectionSlugs.channels, shared.relatedChannels),
          relatedFaqs: idsOf(ids, collectionSlugs.faqs, shared.relatedFaqs),
          sources: shared.sources,
        }),
        localized: (l) => ({
          title: localized[l].title,
          slug: localized[l].slug,
          summary: localized[l].summary,
          body: guideBody(localized[l].body, files.localized[l]),
          meta: {
            title: localized[l]['meta.title'],
            description: localized[l]['meta.description'],
          },
        }),
      }),
    ),
  ]
}

/** Id of the document whose zh slug is `slug`, or null. */
async function findIdBySlug(payload: Payload, collection: PublicCollection, slug: unknown) {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    locale: defaultLocale,
    draft: true,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: {},
  })
  return (docs[0]?.id as number | undefined) ?? null
}

/**
 * Load the demo content from the files in `content/` (see `contentFiles.ts`): each document is
 * created in zh, then its ru and en texts are written onto it. A document that already exists
 * (found by its zh slug) is left as it is, so running the seed again changes nothing and never
 * overwrites an editor's work. Every file is read, checked and converted before anything is
 * written.
 */
export async function seed(payload: Payload, { log = console.log } = {}): Promise<SeedReport> {
  const documents = prepare(payload, loadContentFiles())
  // Read and checked before anything is written, like the content files.
  loadGlossaryFiles()
  const report: SeedReport = {
    created: Object.fromEntries(publicCollectionSlugs.map((c) => [c, 0])) as SeedReport['created'],
    glossary: 0,
    demoAccounts: 0,
  }
  const ids = Object.fromEntries(publicCollectionSlugs.map((c) => [c, new Map()])) as Ids

  const createdLater: {
    collection: PublicCollection
    id: number
    later: NonNullable<Prepared['later']>
  }[] = []
  for (const { collection, key, shared, later, localized, factTexts } of documents) {
    const zh = { ...shared(ids), ...localized[defaultLocale] }
    const existing = await findIdBySlug(payload, collection, zh.slug)
    if (existing !== null) {
      ids[collection].set(key, existing)
      continue
    }
    // Documents of collections with drafts are seeded published, in every locale.
    const published = hasDrafts(payload, collection) ? { _status: 'published' } : {}
    const created = await payload.create({
      collection,
      locale: defaultLocale,
      data: { ...zh, ...published } as never,
      overrideAccess: true,
      context,
    })
    // Fact rows are shared: each translation sends them back whole, with its own texts.
    const rows = ((created as { facts?: Record<string, unknown>[] }).facts ?? []).map((row) => ({
      id: row.id,
      kind: row.kind,
      source: row.source,
    }))
    for (const locale of translations) {
      const facts = rows.length
        ? { facts: rows.map((row, i) => ({ ...row, text: factTexts[locale][i] })) }
        : {}
      await payload.update({
        collection,
        id: created.id,
        locale,
        data: { ...localized[locale], ...facts, ...published } as never,
        overrideAccess: true,
        context,
      })
    }
    ids[collection].set(key, created.id as number)
    if (later) createdLater.push({ collection, id: created.id as number, later })
    report.created[collection]++
  }
  // Relations are shared by all locales: written once, keeping the document published.
  for (const { collection, id, later } of createdLater) {
    const published = hasDrafts(payload, collection) ? { _status: 'published' } : {}
    await payload.update({
      collection,
      id,
      locale: defaultLocale,
      data: { ...later(ids), ...published } as never,
      overrideAccess: true,
      context,
    })
  }

  // After the carriers, which concepts name.
  report.glossary = await seedGlossary(payload)

  try {
    report.demoAccounts = await seedDemoAccounts(payload)
  } catch (error) {
    if (!(error instanceof DemoAccountsRefused)) throw error
    log(error.message)
    report.demoAccounts = 'refused'
  }

  return report
}
