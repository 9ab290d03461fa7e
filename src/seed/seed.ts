import type { Payload } from 'payload'

import { collectionSlugs } from '@/content/constants'
import { hasDrafts } from '@/content/derivedFromConfig'
import type { PublicCollection } from '@/content/publicCollections'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'

import { carriers, channels, faqs, guides } from './content'
import { DemoAccountsRefused, seedDemoAccounts } from './demoAccounts'
import { doc, p } from './lexical'

type SeedCollection = PublicCollection

export type SeedReport = {
  created: Record<SeedCollection, number>
  demoAccounts: number | 'refused'
}

const context = { disableRevalidate: true }
const translations = locales.filter((l) => l !== defaultLocale)

/** Id of the document whose slug in `locale` is `slug`, or null. */
async function findIdBySlug(
  payload: Payload,
  collection: SeedCollection,
  slug: string,
  locale: Locale = defaultLocale,
) {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    locale,
    draft: true,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: {},
  })
  return docs[0]?.id ?? null
}

/**
 * Load the demo content: each document is created in zh, then its ru and en translations are
 * written onto it. A document that already exists (found by its zh slug) is left as it is, so
 * running the seed again changes nothing and never overwrites an editor's work.
 */
export async function seed(payload: Payload, { log = console.log } = {}): Promise<SeedReport> {
  const report: SeedReport = {
    created: { carriers: 0, channels: 0, faqs: 0, guides: 0 },
    demoAccounts: 0,
  }
  const ids: Record<SeedCollection, Map<string, number>> = {
    carriers: new Map(),
    channels: new Map(),
    faqs: new Map(),
    guides: new Map(),
  }

  /** Create the zh document and add its translations, unless it exists already. */
  async function upsert<D extends Record<string, unknown>>(
    collection: SeedCollection,
    key: string,
    zhSlug: string,
    shared: Record<string, unknown>,
    localized: (locale: Locale) => D,
  ) {
    const existing = await findIdBySlug(payload, collection, zhSlug)
    if (existing !== null) {
      ids[collection].set(key, existing as number)
      return
    }
    const published = hasDrafts(payload, collection) ? { _status: 'published' } : {}
    const created = await payload.create({
      collection,
      locale: defaultLocale,
      data: { ...shared, ...localized(defaultLocale), ...published } as never,
      overrideAccess: true,
      context,
    })
    for (const locale of translations) {
      await payload.update({
        collection,
        id: created.id,
        locale,
        data: { ...localized(locale), ...published } as never,
        overrideAccess: true,
        context,
      })
    }
    ids[collection].set(key, created.id as number)
    report.created[collection]++
  }

  const idsOf = (collection: SeedCollection, keys: string[]) =>
    keys.map((key) => ids[collection].get(key)).filter((id): id is number => id !== undefined)

  for (const carrier of carriers) {
    await upsert(
      collectionSlugs.carriers,
      carrier.slug,
      carrier.slug,
      { slug: carrier.slug, country: 'KZ' },
      (l) => ({
        name: carrier.name[l],
        description: carrier.description[l],
      }),
    )
  }

  for (const channel of channels) {
    const toItems = (texts: string[]) => texts.map((text) => ({ text }))
    await upsert(
      collectionSlugs.channels,
      channel.slug,
      channel.slug,
      {
        slug: channel.slug,
        kinds: channel.kinds,
        verification: channel.verification,
        paymentMethods: channel.paymentMethods,
        worksFromAbroad: channel.worksFromAbroad,
        carriers: idsOf(collectionSlugs.carriers, channel.carrierSlugs),
      },
      (l) => ({
        name: channel.name[l],
        summary: channel.summary[l],
        steps: toItems(channel.steps[l]),
        pros: toItems(channel.pros[l]),
        cautions: toItems(channel.cautions[l]),
        timeToEffect: channel.timeToEffect?.[l] ?? null,
      }),
    )
  }

  for (const faq of faqs) {
    await upsert(
      collectionSlugs.faqs,
      faq.slug,
      faq.slug,
      { slug: faq.slug, topic: faq.topic, order: faq.order },
      (l) => ({ question: faq.question[l], answer: doc(p(faq.answer[l])) }),
    )
  }

  for (const guide of guides) {
    await upsert(
      collectionSlugs.guides,
      guide.key,
      guide.slug[defaultLocale],
      {
        topic: guide.topic,
        country: 'KZ',
        relatedCarriers: idsOf(collectionSlugs.carriers, guide.carrierSlugs),
        relatedChannels: idsOf(collectionSlugs.channels, guide.channelSlugs),
        relatedFaqs: idsOf(collectionSlugs.faqs, guide.faqSlugs),
      },
      (l) => ({
        title: guide.title[l],
        slug: guide.slug[l],
        summary: guide.summary[l],
        body: guide.body[l],
        meta: { title: guide.meta.title[l], description: guide.meta.description[l] },
      }),
    )
  }

  try {
    report.demoAccounts = await seedDemoAccounts(payload)
  } catch (error) {
    if (!(error instanceof DemoAccountsRefused)) throw error
    log(error.message)
    report.demoAccounts = 'refused'
  }

  return report
}
