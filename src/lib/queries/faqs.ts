import type { Payload } from 'payload'
import { cache } from 'react'

import { collectionSlugs } from '@/content/constants'
import { TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

import { cached } from './cached'
import { inAllLocales } from './inAllLocales'
import { publicView, readAs, type ReadView } from './readView'

const faqs = collectionSlugs.faqs

export async function readFaqList(payload: Payload, view: ReadView = publicView) {
  const { docs } = await payload.find({
    collection: faqs,
    locale: 'all',
    ...readAs(view),
    // The names and links of its related carriers and guides.
    depth: 1,
    limit: 500,
    sort: 'order',
    select: {
      question: true,
      slug: true,
      answer: true,
      topic: true,
      sources: true,
      updatedAt: true,
      relatedCarriers: true,
      relatedGuides: true,
    },
    populate: {
      // description: the carriers' translated field, to mark an untranslated one.
      carriers: { name: true, slug: true, description: true },
      guides: { title: true, slug: true },
    },
  })
  return inAllLocales(faqs, docs)
}

export const listFaqs = cache(
  cached(
    'faqs-list',
    // The FAQs show their related guides' and carriers' names and links: a change to any of
    // those lists (a new title or slug, an unpublish) renders the FAQ page again.
    () => [TAGS.list(faqs), TAGS.list(collectionSlugs.guides), TAGS.list(collectionSlugs.carriers)],
    async (view) => readFaqList(await getPayloadClient(), view),
  ),
)
