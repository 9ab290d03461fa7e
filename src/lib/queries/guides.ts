import type { Payload } from 'payload'
import { cache } from 'react'

import { collectionSlugs } from '@/content/constants'
import { TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

import { cached } from './cached'
import { inAllLocales } from './inAllLocales'
import { pageMediaSelect } from './pageMedia'
import { publicView, readAs, type ReadView } from './readView'

const guides = collectionSlugs.guides

/**
 * Reader-facing reads. Every query passes `overrideAccess: false` (the Local API's default is to
 * bypass access control), so the public site sees exactly what anonymous REST sees: no drafts.
 * Documents are read with `locale: 'all'` so one query gives the text, the translation state
 * and the URL in every locale (`AllLocales<T>`, see `@/lib/pickLocale`). Each read is exported
 * uncached too (`read…`), for code outside a Next request.
 */
export async function readGuideList(payload: Payload, view: ReadView = publicView) {
  const { docs } = await payload.find({
    collection: guides,
    locale: 'all',
    ...readAs(view),
    // The hero image, for the cards.
    depth: 1,
    limit: 200,
    sort: 'createdAt',
    select: {
      title: true,
      slug: true,
      summary: true,
      topic: true,
      updatedAt: true,
      heroImage: true,
    },
    populate: { media: pageMediaSelect },
  })
  return inAllLocales(guides, docs)
}

export const listGuides = cache(
  cached(
    'guides-list',
    () => [TAGS.list(guides)],
    async (view) => readGuideList(await getPayloadClient(), view),
  ),
)

/** A published guide with the names and links of its related carriers, channels and FAQs. */
export async function readGuide(payload: Payload, id: number, view: ReadView = publicView) {
  const { docs } = await payload.find({
    collection: guides,
    locale: 'all',
    ...readAs(view),
    where: { id: { equals: id } },
    depth: 1,
    limit: 1,
    pagination: false,
    populate: {
      // description: the carriers' translated field, to mark an untranslated one.
      carriers: { name: true, slug: true, description: true },
      channels: { name: true, slug: true, summary: true, verification: true },
      faqs: { question: true, slug: true },
      // The hero image and the meta image.
      media: pageMediaSelect,
    },
  })
  return inAllLocales(guides, docs)[0] ?? null
}

export const getGuide = cache(
  cached(
    'guide',
    (id: number) => [TAGS.doc(guides, id)],
    async (view, id: number) => readGuide(await getPayloadClient(), id, view),
  ),
)
