import type { Payload } from 'payload'
import { cache } from 'react'

import { collectionSlugs } from '@/content/constants'
import { TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

import { cached } from './cached'
import { inAllLocales } from './inAllLocales'
import { pageMediaSelect } from './pageMedia'
import { publicView, readAs, type ReadView } from './readView'

const channels = collectionSlugs.channels

/** A channel with the names and links of the carriers it serves. */
export async function readChannel(payload: Payload, id: number, view: ReadView = publicView) {
  const { docs } = await payload.find({
    collection: channels,
    locale: 'all',
    ...readAs(view),
    where: { id: { equals: id } },
    depth: 1,
    limit: 1,
    pagination: false,
    // description: the carriers' translated field, to mark an untranslated one.
    populate: { carriers: { name: true, slug: true, description: true }, media: pageMediaSelect },
  })
  return inAllLocales(channels, docs)[0] ?? null
}

export const getChannel = cache(
  cached(
    'channel',
    (id: number) => [TAGS.doc(channels, id)],
    async (view, id: number) => readChannel(await getPayloadClient(), id, view),
  ),
)
