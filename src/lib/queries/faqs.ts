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
    depth: 0,
    limit: 500,
    sort: 'order',
    select: {
      question: true,
      slug: true,
      answer: true,
      topic: true,
      sources: true,
      updatedAt: true,
    },
  })
  return inAllLocales(faqs, docs)
}

export const listFaqs = cache(
  cached(
    'faqs-list',
    () => [TAGS.list(faqs)],
    async (view) => readFaqList(await getPayloadClient(), view),
  ),
)
