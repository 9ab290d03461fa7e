/**
 * The translation state of content written before it existed (the demo seed, any existing
 * database), or with the state's hooks skipped: every document with no rows gets them, its
 * present translations current, absent ones missing. Documents that have rows are left as they
 * are: the hooks keep them. Called by the migration that created the state and by every start
 * (the launcher's ensure steps, the production server's init), like `ensureSearchIndex`.
 */
import type { Payload, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/content/constants'
import { publicCollectionSlugs, type PublicCollection } from '@/content/publicCollections'

import { readDocumentUnits, rowKey, writeRow } from './statusRows'
import { freshUnits } from './transitions'
import { targetLocales } from './types'
import { defaultLocale } from '@/i18n/locales'

export type BackfillReport = Record<PublicCollection, { created: number }>

const batchSize = 100

export async function ensureTranslationStatus(
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<BackfillReport> {
  const existing = await payload.find({
    collection: collectionSlugs.translationStatus,
    select: { rowKey: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const present = new Set(existing.docs.map((row) => row.rowKey))
  const report = {} as BackfillReport
  const now = new Date().toISOString()
  for (const collection of publicCollectionSlugs) {
    let created = 0
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({
        collection,
        select: {},
        draft: true,
        depth: 0,
        limit: batchSize,
        page,
        sort: 'id',
        overrideAccess: true,
        req,
      })
      for (const { id } of docs) {
        const missing = targetLocales.filter((l) => !present.has(rowKey(collection, id, l)))
        if (missing.length === 0) continue
        const read = await readDocumentUnits(payload, collection, id, req)
        if (!read) continue
        for (const locale of missing) {
          await writeRow(
            payload,
            undefined,
            {
              collection,
              id: Number(id),
              locale,
              title: read.title,
              units: freshUnits(read.units[defaultLocale], read.units[locale]),
              translated: read.translated[locale],
              now,
            },
            req,
          )
          created++
        }
      }
      if (!hasNextPage) break
    }
    report[collection] = { created }
  }
  return report
}
