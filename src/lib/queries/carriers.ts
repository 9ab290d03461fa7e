import { cache } from 'react'

import { carriersSlug } from '@/collections/Carriers'
import { channelsSlug } from '@/collections/Channels'
import { TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

import { cached } from './cached'

/** Carriers with everything the comparison table shows. */
export const listCarriers = cache(
  cached(
    'carriers-list',
    () => [TAGS.list(carriersSlug), TAGS.list(channelsSlug)],
    async () => {
      const payload = await getPayloadClient()
      const [{ docs: carriers }, { docs: channels }] = await Promise.all([
        payload.find({
          collection: carriersSlug,
          locale: 'all',
          overrideAccess: false,
          depth: 0,
          limit: 200,
          sort: 'slug',
        }),
        payload.find({
          collection: channelsSlug,
          locale: 'all',
          overrideAccess: false,
          depth: 0,
          limit: 200,
          select: { name: true, slug: true, carriers: true, verification: true },
        }),
      ])
      return { carriers, channels }
    },
  ),
)

export const getCarrierBySlug = cache(
  cached(
    'carrier-by-slug',
    (slug: string) => [TAGS.slug(carriersSlug, slug), TAGS.list(channelsSlug)],
    async (slug: string) => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: carriersSlug,
        locale: 'all',
        overrideAccess: false,
        where: { slug: { equals: slug } },
        depth: 0,
        limit: 1,
        pagination: false,
      })
      const carrier = docs[0]
      if (!carrier) return null
      const { docs: channels } = await payload.find({
        collection: channelsSlug,
        locale: 'all',
        overrideAccess: false,
        where: { carriers: { contains: carrier.id } },
        depth: 0,
        limit: 50,
        select: { name: true, slug: true, summary: true, verification: true },
      })
      return { carrier, channels }
    },
  ),
)
