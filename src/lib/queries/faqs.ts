import { cache } from 'react'

import { faqsSlug } from '@/collections/Faqs'
import type { Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'

export const listFaqs = cache(async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: faqsSlug,
    locale,
    overrideAccess: false,
    depth: 0,
    limit: 200,
    sort: 'order',
    select: { question: true, slug: true, answer: true, topic: true },
  })
  return docs
})
