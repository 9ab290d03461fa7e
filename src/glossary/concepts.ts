/**
 * The glossary's reads and writes, in one place: loading every concept, and writing a set of
 * them (TBX import, the seed) in the caller's transaction.
 */
import type { Payload, PayloadRequest } from 'payload'

import { glossarySlug } from '@/collections/Glossary'
import { collectionSlugs } from '@/content/constants'

import { conceptFromDocument, documentFromConcept } from './conceptDocument'
import type { GlossaryConcept } from './locales'

/** Every concept, ordered by key, carriers as slugs. Server-side reads (the check, export). */
export async function loadConcepts(payload: Payload, req?: Partial<PayloadRequest>) {
  const { docs } = await payload.find({
    collection: glossarySlug,
    limit: 0,
    depth: 1,
    sort: 'key',
    pagination: false,
    overrideAccess: true,
    populate: { [collectionSlugs.carriers]: { slug: true } },
    req,
  })
  return docs.map((doc) => conceptFromDocument(doc as unknown as Record<string, unknown>))
}

/** Ids of the carriers by slug (the slug is shared by all locales). */
export async function carrierIdsBySlug(
  payload: Payload,
  slugs: string[],
  req?: Partial<PayloadRequest>,
) {
  if (!slugs.length) return new Map<string, number>()
  const { docs } = await payload.find({
    collection: collectionSlugs.carriers,
    where: { slug: { in: slugs } },
    limit: slugs.length,
    depth: 0,
    select: { slug: true },
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((d) => [String(d.slug), d.id as number]))
}

/**
 * Create or update each concept by key (concepts not listed stay as they are), all in the
 * caller's transaction (`req`). Carriers must exist: callers check first.
 */
export async function upsertConcepts(
  payload: Payload,
  concepts: GlossaryConcept[],
  carrierIds: Map<string, number>,
  req?: Partial<PayloadRequest>,
) {
  const report = { created: 0, updated: 0 }
  for (const concept of concepts) {
    const data = documentFromConcept(
      concept,
      concept.carrier ? (carrierIds.get(concept.carrier) ?? null) : null,
    )
    const { docs } = await payload.find({
      collection: glossarySlug,
      where: { key: { equals: concept.key } },
      limit: 1,
      depth: 0,
      select: {},
      overrideAccess: true,
      req,
    })
    if (docs[0]) {
      await payload.update({
        collection: glossarySlug,
        id: docs[0].id,
        data,
        overrideAccess: true,
        req,
      })
      report.updated++
    } else {
      await payload.create({ collection: glossarySlug, data, overrideAccess: true, req })
      report.created++
    }
  }
  return report
}
