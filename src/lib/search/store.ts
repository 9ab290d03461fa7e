import { postgres } from '@/db/postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { publicCollectionSlugs, type PublicCollection } from '@/content/publicCollections'
import type { Locale } from '@/i18n/locales'

import { publicWhere, searchDocuments, type SearchDocument } from './documents'
import { createSearchIndex } from './schema'
import { chineseIndexTokens } from './tokenize'

/** The text-search configuration of each locale; zh is indexed as n-grams under `simple`. */
export const searchConfig: Record<Locale, 'simple' | 'russian' | 'english'> = {
  zh: 'simple',
  ru: 'russian',
  en: 'english',
}

/** Documents read, and rows written, per step of a backfill. */
export const batchSize = 100

const db = (payload: Payload) => postgres(payload).drizzle

/** A list of ids as one `int[]` parameter, however long it is (bind parameters are limited). */
const idArray = (ids: number[]) => sql`${`{${ids.join(',')}}`}::int[]`

function vector(doc: SearchDocument) {
  const config = searchConfig[doc.locale]
  const [title, body] =
    doc.locale === 'zh'
      ? [chineseIndexTokens(doc.title), chineseIndexTokens(doc.body)]
      : [doc.title, doc.body]
  return sql`setweight(to_tsvector(${config}::regconfig, ${title}), 'A') || setweight(to_tsvector(${config}::regconfig, ${body}), 'B')`
}

/** Replace the rows of these documents by `docs` (none: they leave the index), in one transaction. */
async function replaceRows(
  payload: Payload,
  collection: PublicCollection,
  ids: number[],
  docs: SearchDocument[],
) {
  if (!ids.length) return
  await db(payload).transaction(async (tx) => {
    await tx.execute(
      sql`DELETE FROM search_index WHERE collection = ${collection} AND doc_id = ANY(${idArray(ids)})`,
    )
    if (!docs.length) return
    const rows = docs.map(
      (doc) =>
        sql`(${doc.collection}, ${doc.docId}, ${doc.locale}, ${doc.slug}, ${doc.url}, ${doc.title}, ${doc.body}, ${vector(doc)})`,
    )
    await tx.execute(sql`
      INSERT INTO search_index (collection, doc_id, locale, slug, url, title, body, tsv)
      VALUES ${sql.join(rows, sql`, `)}`)
  })
}

/**
 * Bring the search index in line with the public state of one document: its rows are replaced
 * by one per translated locale, or removed when it is no longer public.
 */
export async function reindexDocument(
  payload: Payload,
  collection: PublicCollection,
  id: number,
  req?: PayloadRequest,
) {
  await replaceRows(
    payload,
    collection,
    [id],
    await searchDocuments(payload, collection, [id], req),
  )
}

export async function removeFromIndex(payload: Payload, collection: PublicCollection, id: number) {
  await replaceRows(payload, collection, [id], [])
}

/** The public documents' ids of a collection, `batchSize` at a time, in id order. */
async function* publicIdBatches(payload: Payload, collection: PublicCollection) {
  let after = 0
  for (;;) {
    const { docs } = await payload.find({
      collection,
      where: publicWhere(payload, collection, { id: { greater_than: after } }),
      sort: 'id',
      limit: batchSize,
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
      select: {},
      joins: false as never,
    })
    const ids = docs.map((doc) => doc.id as number)
    if (ids.length) yield ids
    if (ids.length < batchSize) return
    after = ids[ids.length - 1]
  }
}

/** The document ids the index holds rows for, `batchSize` at a time, in id order. */
async function* indexedIdBatches(payload: Payload, collection: PublicCollection) {
  let after = 0
  for (;;) {
    const { rows } = await db(payload).execute(sql`
      SELECT DISTINCT doc_id FROM search_index
      WHERE collection = ${collection} AND doc_id > ${after}
      ORDER BY doc_id LIMIT ${batchSize}`)
    const ids = (rows as { doc_id: number }[]).map((row) => row.doc_id)
    if (ids.length) yield ids
    if (ids.length < batchSize) return
    after = ids[ids.length - 1]
  }
}

/** Remove the rows of documents that are no longer public (deleted or unpublished unseen). */
async function dropGone(payload: Payload, collection: PublicCollection) {
  let dropped = 0
  for await (const ids of indexedIdBatches(payload, collection)) {
    const { docs } = await payload.find({
      collection,
      where: publicWhere(payload, collection, { id: { in: ids } }),
      limit: ids.length,
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
      select: {},
      joins: false as never,
    })
    const stillPublic = new Set(docs.map((doc) => doc.id as number))
    const gone = ids.filter((id) => !stillPublic.has(id))
    await replaceRows(payload, collection, gone, [])
    dropped += gone.length
  }
  return dropped
}

type IndexReport = Record<PublicCollection, { indexed: number; dropped: number }>

async function backfill(payload: Payload, only: 'missing' | 'all'): Promise<IndexReport> {
  const report = {} as IndexReport
  for (const collection of publicCollectionSlugs) {
    const dropped = await dropGone(payload, collection)
    let indexed = 0
    for await (const batch of publicIdBatches(payload, collection)) {
      let ids = batch
      if (only === 'missing') {
        const { rows } = await db(payload).execute(sql`
          SELECT DISTINCT doc_id FROM search_index
          WHERE collection = ${collection} AND doc_id = ANY(${idArray(batch)})`)
        const present = new Set((rows as { doc_id: number }[]).map((row) => row.doc_id))
        ids = batch.filter((id) => !present.has(id))
      }
      await replaceRows(payload, collection, ids, await searchDocuments(payload, collection, ids))
      indexed += ids.length
    }
    report[collection] = { indexed, dropped }
  }
  return report
}

/**
 * Rebuild the whole index from the public documents, in batches (`npm run search:reindex`):
 * after a change to what is indexed or how (the registry's search fields, the tokenizer).
 */
export const reindexAll = (payload: Payload) => backfill(payload, 'all')

/**
 * Run after migrations, wherever they run (the launcher's start, dev, migrate and seed; the
 * server's own production migrations): create the index where it is missing (`npm run dev`'s
 * pushed schema knows nothing of it), index the public documents it has no rows for (content
 * from before the index, or written with search sync off), and drop rows of documents that are
 * no longer public. Documents it already holds are left as they are: the hooks keep them.
 */
export async function ensureSearchIndex(payload: Payload) {
  await db(payload).execute(createSearchIndex)
  return backfill(payload, 'missing')
}
