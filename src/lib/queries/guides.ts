import { cache } from 'react'

import { guidesSlug } from '@/collections/Guides'
import { TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { Guide } from '@/payload-types'

import { cached } from './cached'

/**
 * Reader-facing reads. Every query passes `overrideAccess: false` (the Local API's default is to
 * bypass access control), so the public site sees exactly what anonymous REST sees: no drafts.
 * Documents are read with `locale: 'all'` so one query gives the text, the translation state
 * and the URL in every locale (see `@/lib/pickLocale`).
 */
export const listGuides = cache(
  cached(
    'guides-list',
    () => [TAGS.list(guidesSlug)],
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: guidesSlug,
        locale: 'all',
        overrideAccess: false,
        depth: 0,
        limit: 200,
        sort: 'createdAt',
        select: { title: true, slug: true, summary: true, topic: true, updatedAt: true },
      })
      return docs
    },
  ),
)

/** A published guide with the names and links of its related carriers, channels and FAQs. */
export const getGuide = cache(
  cached(
    'guide',
    (id: number) => [TAGS.doc(guidesSlug, id)],
    async (id: number): Promise<Guide | null> => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: guidesSlug,
        locale: 'all',
        overrideAccess: false,
        where: { id: { equals: id } },
        depth: 1,
        limit: 1,
        pagination: false,
        joins: false,
        populate: {
          carriers: { name: true, slug: true, description: true }, // description: translated field
          channels: { name: true, slug: true, summary: true, verification: true },
          faqs: { question: true, slug: true },
        },
      })
      return docs[0] ?? null
    },
  ),
)
