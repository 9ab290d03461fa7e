import { cache } from 'react'

import { carriersSlug } from '@/collections/Carriers'
import { channelsSlug } from '@/collections/Channels'
import type { Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'

export const listCarriers = cache(async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: carriersSlug,
    locale,
    overrideAccess: false,
    depth: 0,
    limit: 100,
    sort: 'name',
    select: { name: true, slug: true, description: true },
  })
  return docs
})

export const getCarrierBySlug = cache(async (locale: Locale, slug: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: carriersSlug,
    locale,
    overrideAccess: false,
    where: { slug: { equals: slug } },
    depth: 1,
    limit: 1,
    populate: { carriers: { name: true, slug: true }, media: { url: true, alt: true } },
  })
  const carrier = docs[0]
  if (!carrier) return null
  const { docs: channels } = await payload.find({
    collection: channelsSlug,
    locale,
    overrideAccess: false,
    where: { carriers: { contains: carrier.id } },
    depth: 0,
    limit: 50,
    select: { name: true, slug: true, summary: true, verification: true },
  })
  return { carrier, channels }
})
