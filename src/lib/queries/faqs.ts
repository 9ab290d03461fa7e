import { cache } from 'react'

import { faqsSlug } from '@/collections/Faqs'
import { TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

import { cached } from './cached'

export const listFaqs = cache(
  cached(
    'faqs-list',
    () => [TAGS.list(faqsSlug)],
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: faqsSlug,
        locale: 'all',
        overrideAccess: false,
        depth: 0,
        limit: 500,
        sort: 'order',
        select: { question: true, slug: true, answer: true, topic: true, updatedAt: true },
      })
      return docs
    },
  ),
)
