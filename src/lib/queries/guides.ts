import { cache } from 'react'

import { guidesSlug } from '@/collections/Guides'
import type { Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'

/**
 * Reader-facing reads. Every query passes `overrideAccess: false` (the Local API's default is
 * to bypass access control) so the public site sees exactly what anonymous REST would: no drafts.
 */
export const listGuides = cache(async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: guidesSlug,
    locale,
    overrideAccess: false,
    depth: 0,
    limit: 100,
    sort: 'title',
    select: { title: true, slug: true, summary: true, topic: true },
  })
  return docs
})

export const getGuideBySlug = cache(async (locale: Locale, slug: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: guidesSlug,
    locale,
    overrideAccess: false,
    where: { slug: { equals: slug } },
    depth: 1,
    limit: 1,
    populate: {
      carriers: { name: true, slug: true },
      channels: { name: true, slug: true, summary: true },
      faqs: { question: true, slug: true },
    },
  })
  return docs[0] ?? null
})
