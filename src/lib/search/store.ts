import { postgres } from '@/db/postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { PublicCollection } from '@/lib/cache/tags'

import { searchDocuments, type SearchDocument } from './documents'
import { createSearchIndex } from './schema'
import { chineseIndexTokens } from './tokenize'

/** The text-search configuration of each locale; zh is indexed as n-grams under `simple`. */
export const searchConfig: Record<Locale, 'simple' | 'russian' | 'english'> = {
  zh: 'simple',
  ru: 'russian',
  en: 'english',
}

const db = (payload: Payload) => postgres(payload).drizzle

function vector(doc: SearchDocument) {
  const config = searchConfig[doc.locale]
  const [title, body] =
    doc.locale === 'zh'
      ? [chineseIndexTokens(doc.title), chineseIndexTokens(doc.body)]
      : [doc.title, doc.body]
  return sql`setweight(to_tsvector(${config}::regconfig, ${title}), 'A') || setweight(to_tsvector(${config}::regconfig, ${body}), 'B')`
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
  const docs = await searchDocuments(payload, collection, id, req)
  await db(payload).execute(
    sql`DELETE FROM search_index WHERE collection = ${collection} AND doc_id = ${id}`,
  )
  for (const doc of docs) {
    await db(payload).execute(sql`
      INSERT INTO search_index (collection, doc_id, locale, slug, url, title, body, tsv)
      VALUES (${doc.collection}, ${doc.docId}, ${doc.locale}, ${doc.slug}, ${doc.url}, ${doc.title}, ${doc.body}, ${vector(doc)})`)
  }
}

export async function removeFromIndex(payload: Payload, collection: PublicCollection, id: number) {
  await db(payload).execute(
    sql`DELETE FROM search_index WHERE collection = ${collection} AND doc_id = ${id}`,
  )
}

/** Index every public document (the migration that creates the index runs this once). */
export async function reindexAll(payload: Payload, req?: PayloadRequest) {
  for (const collection of ['guides', 'faqs', 'carriers', 'channels'] as const) {
    const { docs } = await payload.find({
      collection,
      limit: 0,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: {},
      joins: false as never,
    })
    for (const { id } of docs) await reindexDocument(payload, collection, id, req)
  }
}

/** Create the index where it is missing (dev databases) and fill it if it is empty. */
export async function ensureSearchIndex(payload: Payload) {
  await db(payload).execute(createSearchIndex)
  const { rows } = await db(payload).execute(sql`SELECT count(*)::int AS n FROM search_index`)
  if ((rows[0] as { n: number }).n === 0) await reindexAll(payload)
}
