import type { Payload, PayloadRequest } from 'payload'

import { hasDrafts } from '@/content/derivedFromConfig'
import { publicCollectionSlugs, type PublicCollection } from '@/content/publicCollections'

const pageSize = 100

export type PublishedBackfill = Partial<Record<PublicCollection, number>>

/**
 * Data step of the `carriers_channels_drafts` migration: a document of a collection with drafts
 * that has no version at all was saved while its collection had none (carriers and channels
 * before issue 11), so readers saw it: it becomes a published document, with its stored state
 * (every locale) as its first, published version, dated by its last save. Nothing is written
 * through the collection's hooks (no new stamps, no translation-state or search changes: the
 * public state is the one it had), only through the database adapter, as Payload's own
 * `saveVersion` does. Documents that have versions are left alone, so it is idempotent.
 *
 * Returns how many documents of each collection it published.
 */
export async function publishUnversionedDocuments(
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<PublishedBackfill> {
  const report: PublishedBackfill = {}
  for (const collection of publicCollectionSlugs) {
    if (!hasDrafts(payload, collection)) continue
    let published = 0
    for (let page = 1; ; page++) {
      // Ids first (a guide's whole body is not read to learn it has versions).
      const result = await payload.db.find<Record<string, unknown>>({
        collection,
        limit: pageSize,
        page,
        sort: 'id',
        pagination: true,
        select: { updatedAt: true },
        req,
      })
      const ids = result.docs.map((doc) => doc.id as number)
      const { docs: versions } = ids.length
        ? await payload.db.findVersions({
            collection,
            where: { parent: { in: ids } },
            limit: 0,
            pagination: false,
            select: { parent: true },
            req,
          })
        : { docs: [] }
      const versioned = new Set(versions.map((version) => String(version.parent)))
      for (const id of ids) {
        if (versioned.has(String(id))) continue
        const doc = await payload.db.findOne<{ id: number } & Record<string, unknown>>({
          collection,
          where: { id: { equals: id } },
          locale: 'all',
          req,
        })
        if (!doc) continue
        const at = typeof doc.updatedAt === 'string' ? doc.updatedAt : new Date().toISOString()
        await payload.db.updateOne({
          collection,
          id,
          data: { _status: 'published' },
          req,
          returning: false,
        })
        await payload.db.createVersion({
          collectionSlug: collection,
          parent: id,
          versionData: { ...doc, _status: 'published' },
          autosave: false,
          createdAt: at,
          updatedAt: at,
          req,
          returning: false,
        })
        published++
      }
      if (!result.hasNextPage) break
    }
    if (published) report[collection] = published
  }
  return report
}
