/**
 * The translation state's data access, in one place: reading a document's units in every
 * locale and reading and writing its translation-status rows. Writes (and the reads they follow)
 * run inside the caller's request (its transaction) with access overridden: the rows are written
 * by the server only. Views that show rows to a user read them with that user's access.
 */
import type { Payload, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/content/constants'
import { isTranslated, publicCollections, type PublicCollection } from '@/content/publicCollections'
import { defaultLocale, type Locale } from '@/i18n/locales'
import type { TranslationStatus } from '@/payload-types'
import {
  asServer,
  readDocument,
  unitsOf,
  type LocalDocument,
  type ReadAs,
} from '@/translation/readUnits'
import type { TranslationUnit } from '@/translation/units'

import { summarize } from './transitions'
import { targetLocales, type StatusUnit, type TargetLocale } from './types'

export const rowKey = (collection: PublicCollection, id: number | string, locale: TargetLocale) =>
  `${collection}:${String(id)}:${locale}`

export type DocumentUnits = {
  title: string
  units: Record<Locale, TranslationUnit[]>
  translated: Record<TargetLocale, boolean>
}

/** The document's newest version (draft included) in each locale, without fallback, as units. */
export async function readDocumentUnits(
  payload: Payload,
  collection: PublicCollection,
  id: number | string,
  req?: Partial<PayloadRequest>,
): Promise<DocumentUnits | null> {
  const read = (locale: Locale) =>
    readDocument(payload, { collection, id, locale, readAs: asServer, disableErrors: true, req })
  const zh = await read(defaultLocale)
  if (!zh) return null
  const docs = { [defaultLocale]: zh } as Record<Locale, LocalDocument>
  for (const locale of targetLocales) docs[locale] = (await read(locale)) ?? {}
  const title = zh[publicCollections[collection].titleField]
  return {
    title: typeof title === 'string' ? title : '',
    units: Object.fromEntries(
      Object.entries(docs).map(([l, doc]) => [l, unitsOf(payload, collection, doc)]),
    ) as Record<Locale, TranslationUnit[]>,
    translated: Object.fromEntries(
      targetLocales.map((l) => [l, isTranslated(collection, docs[l], l)]),
    ) as Record<TargetLocale, boolean>,
  }
}

/** The rows with these keys, read as `readAs` (a translator reads their own locales' rows). */
async function rowsByKey(
  payload: Payload,
  keys: string[],
  readAs: ReadAs,
  req?: Partial<PayloadRequest>,
): Promise<TranslationStatus[]> {
  if (!keys.length) return []
  const { docs } = await payload.find({
    collection: collectionSlugs.translationStatus,
    where: { rowKey: { in: keys } },
    depth: 0,
    limit: keys.length,
    pagination: false,
    ...readAs,
    req,
  })
  return docs
}

/** The document's rows by locale. */
export async function findRows(
  payload: Payload,
  collection: PublicCollection,
  id: number | string,
  req?: Partial<PayloadRequest>,
): Promise<Partial<Record<TargetLocale, TranslationStatus>>> {
  const keys = targetLocales.map((l) => rowKey(collection, id, l))
  const docs = await rowsByKey(payload, keys, asServer, req)
  return Object.fromEntries(docs.map((row) => [row.locale, row]))
}

/** The document's row in `locale`, read as `readAs`; null when none (or not readable). */
export async function findRow(
  payload: Payload,
  collection: PublicCollection,
  id: number | string,
  locale: TargetLocale,
  readAs: ReadAs,
  req?: Partial<PayloadRequest>,
): Promise<TranslationStatus | null> {
  const [row] = await rowsByKey(payload, [rowKey(collection, id, locale)], readAs, req)
  return row ?? null
}

/** The rows of these documents in `locale`, by document id. */
export async function findRowsInLocale(
  payload: Payload,
  collection: PublicCollection,
  ids: number[],
  locale: TargetLocale,
  req?: Partial<PayloadRequest>,
): Promise<Map<number, TranslationStatus>> {
  const keys = ids.map((id) => rowKey(collection, id, locale))
  const byKey = new Map(
    (await rowsByKey(payload, keys, asServer, req)).map((row) => [row.rowKey, row]),
  )
  return new Map(
    ids.flatMap((id, i) => (byKey.has(keys[i]) ? [[id, byKey.get(keys[i])!] as const] : [])),
  )
}

export const storedUnits = (row: TranslationStatus | null | undefined): StatusUnit[] | undefined =>
  row && Array.isArray(row.units) ? (row.units as unknown as StatusUnit[]) : undefined

export type RowWrite = {
  collection: PublicCollection
  id: number
  locale: TargetLocale
  title: string
  units: StatusUnit[]
  translated: boolean
  /** Set when this write records a translation (or a confirmation) by this user. */
  translatedBy?: number | null
  now: string
}

/** Creates or updates one row. */
export async function writeRow(
  payload: Payload,
  existing: TranslationStatus | undefined,
  write: RowWrite,
  req?: Partial<PayloadRequest>,
) {
  const summary = summarize(write.units, write.translated)
  const data = {
    rowKey: rowKey(write.collection, write.id, write.locale),
    document: { relationTo: write.collection, value: write.id },
    collection: write.collection,
    locale: write.locale,
    title: write.title,
    ...summary,
    units: summary.units as unknown as TranslationStatus['units'],
    ...(write.translatedBy !== undefined
      ? { translatedAt: write.now, translatedBy: write.translatedBy }
      : {}),
  }
  const common = {
    collection: collectionSlugs.translationStatus,
    depth: 0,
    overrideAccess: true,
    req,
  } as const
  if (existing) return payload.update({ ...common, id: existing.id, data })
  return payload.create({ ...common, data })
}

/** Drops a deleted document's rows. */
export async function deleteRows(
  payload: Payload,
  collection: PublicCollection,
  id: number | string,
  req?: Partial<PayloadRequest>,
) {
  await payload.delete({
    collection: collectionSlugs.translationStatus,
    where: { rowKey: { in: targetLocales.map((l) => rowKey(collection, id, l)) } },
    overrideAccess: true,
    req,
  })
}
