import { cache } from 'react'

import { channelsSlug } from '@/collections/Channels'
import { TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

import { cached } from './cached'

export const getChannel = cache(
  cached(
    'channel',
    (id: number) => [TAGS.doc(channelsSlug, id)],
    async (id: number) => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: channelsSlug,
        locale: 'all',
        overrideAccess: false,
        where: { id: { equals: id } },
        depth: 1,
        limit: 1,
        pagination: false,
        // description: the carriers' translated field, to mark an untranslated one.
        populate: { carriers: { name: true, slug: true, description: true } },
      })
      return docs[0] ?? null
    },
  ),
)
