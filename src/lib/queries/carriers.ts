import type { Payload } from 'payload'
import { cache } from 'react'

import { collectionSlugs } from '@/content/constants'
import { TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

import { cached } from './cached'
import { inAllLocales } from './inAllLocales'
import { pageMediaSelect } from './pageMedia'
import { publicView, readAs, type ReadView } from './readView'

const { carriers, channels } = collectionSlugs

/** Carriers with everything the comparison table shows, and the channels serving them. */
export async function readCarrierList(payload: Payload, view: ReadView = publicView) {
  const [{ docs: carrierDocs }, { docs: channelDocs }] = await Promise.all([
    payload.find({
      collection: carriers,
      locale: 'all',
      ...readAs(view),
      // The logo, and the carrier a merged one went into.
      depth: 1,
      populate: { media: pageMediaSelect, carriers: { name: true, slug: true } },
      limit: 200,
      sort: 'slug',
    }),
    payload.find({
      collection: channels,
      locale: 'all',
      ...readAs(view),
      depth: 0,
      limit: 200,
      select: { name: true, slug: true, carriers: true, verification: true },
    }),
  ])
  return {
    carriers: inAllLocales(carriers, carrierDocs),
    channels: inAllLocales(channels, channelDocs),
  }
}

export const listCarriers = cache(
  cached(
    'carriers-list',
    () => [TAGS.list(carriers), TAGS.list(channels)],
    async (view) => readCarrierList(await getPayloadClient(), view),
  ),
)

/** A carrier and the channels that serve it. */
export async function readCarrier(payload: Payload, id: number, view: ReadView = publicView) {
  const [{ docs }, { docs: channelDocs }] = await Promise.all([
    payload.find({
      collection: carriers,
      locale: 'all',
      ...readAs(view),
      where: { id: { equals: id } },
      // The logo and the meta image; the carrier a merged one went into, as name and slug.
      depth: 1,
      populate: { media: pageMediaSelect, carriers: { name: true, slug: true } },
      limit: 1,
      pagination: false,
    }),
    payload.find({
      collection: channels,
      locale: 'all',
      ...readAs(view),
      where: { carriers: { contains: id } },
      depth: 0,
      limit: 50,
      select: { name: true, slug: true, summary: true, verification: true },
    }),
  ])
  const [carrier] = inAllLocales(carriers, docs)
  return carrier ? { carrier, channels: inAllLocales(channels, channelDocs) } : null
}

export const getCarrier = cache(
  cached(
    'carrier',
    (id: number) => [TAGS.doc(carriers, id), TAGS.list(channels)],
    async (view, id: number) => readCarrier(await getPayloadClient(), id, view),
  ),
)
