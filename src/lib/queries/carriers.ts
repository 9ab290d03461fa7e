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

/** A carrier and the channels that serve it. */
export const getCarrier = cache(
  cached(
    'carrier',
    (id: number) => [TAGS.doc(carriersSlug, id), TAGS.list(channelsSlug)],
    async (id: number) => {
      const payload = await getPayloadClient()
      const [{ docs }, { docs: channels }] = await Promise.all([
        payload.find({
          collection: carriersSlug,
          locale: 'all',
          overrideAccess: false,
          where: { id: { equals: id } },
          depth: 0,
          limit: 1,
          pagination: false,
        }),
        payload.find({
          collection: channelsSlug,
          locale: 'all',
          overrideAccess: false,
          where: { carriers: { contains: id } },
          depth: 0,
          limit: 50,
          select: { name: true, slug: true, summary: true, verification: true },
        }),
      ])
      return docs[0] ? { carrier: docs[0], channels } : null
    },
  ),
)
