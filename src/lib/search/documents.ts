import type { Payload, PayloadRequest, Where } from 'payload'

import { isTranslated, publicCollections, type PublicCollection } from '@/content/publicCollections'
import { locales, type Locale } from '@/i18n/locales'
import { pickLocale, pickOwnLocale } from '@/lib/pickLocale'
import { fieldsText } from '@/lib/richText/plainText'

import { withoutControlCharacters } from './controlCharacters'

export type SearchDocument = {
  collection: PublicCollection
  docId: number
  locale: Locale
  slug: string
  url: string
  title: string
  body: string
}

type Raw = Record<string, unknown> & { id: number }

/** What the index holds for one document in one locale; null where it is not translated. */
function describe(collection: PublicCollection, raw: Raw, locale: Locale): SearchDocument | null {
  if (!isTranslated(collection, raw, locale)) return null
  const { titleField, searchFields, path } = publicCollections[collection]
  const doc = pickLocale<Record<string, unknown> & { slug: string }>(raw, locale)
  // The body holds this locale's own text only: a field not translated yet would otherwise be
  // found by, and shown in the snippets of, this locale's search as if it were translated.
  const own = pickOwnLocale<Record<string, unknown>>(raw, locale)
  const body = searchFields
    .flatMap((field) => fieldsText(own[field]))
    .filter(Boolean)
    .join('\n')
  return {
    collection,
    docId: raw.id,
    locale,
    slug: doc.slug,
    url: path(locale, doc.slug),
    title: withoutControlCharacters(String(doc[titleField] ?? '')),
    body: withoutControlCharacters(body),
  }
}

/** The rows of one document (read with `locale: 'all'`): one per locale it is translated into. */
export const describeDocument = (collection: PublicCollection, raw: Raw) =>
  locales
    .map((locale) => describe(collection, raw, locale))
    .filter((d): d is SearchDocument => d !== null)

/**
 * What the public can read of a collection: its published documents where the collection has
 * drafts (the Payload config says which), every document otherwise.
 */
export function publicWhere(payload: Payload, collection: PublicCollection, where: Where): Where {
  const drafts = payload.collections[collection].config.versions?.drafts
  return drafts ? { and: [where, { _status: { equals: 'published' } }] } : where
}

/**
 * The public (published) state of the given documents, in every locale they are translated
 * into: a document that is a draft, deleted, or not readable by the public has no rows.
 */
export async function searchDocuments(
  payload: Payload,
  collection: PublicCollection,
  ids: number[],
  req?: PayloadRequest,
): Promise<SearchDocument[]> {
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection,
    where: publicWhere(payload, collection, { id: { in: ids } }),
    locale: 'all',
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    draft: false,
    joins: false as never, // the feedback join is not needed here
    req,
  })
  return (docs as unknown as Raw[]).flatMap((raw) => describeDocument(collection, raw))
}
