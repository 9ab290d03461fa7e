/**
 * The translation state's data access, in one place: reading a document's units in every
 * locale and reading and writing its translation-status rows. Always inside the caller's
 * request (its transaction) and with access overridden: the rows are written by the server only.
 */
import type { Payload, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/content/constants'
import { isTranslated, publicCollections, type PublicCollection } from '@/content/publicCollections'
import { defaultLocale, type Locale } from '@/i18n/locales'
import type { TranslationStatus } from '@/payload-types'
import { translationUnits, type TranslationUnit } from '@/translation/units'

import { summarize } from './transitions'
import { targetLocales, type StatusUnit, type TargetLocale } from './types'

/**
 * Runs `work` and gives `req` back the locale and fallback locale it had: every Local API call
 * made with a `req` sets them to its own (Payload's createLocalReq), which would change the
 * locale of the save whose hooks are running.
 */
export async function keepingRequestLocale<T>(
  req: Partial<PayloadRequest> | undefined,
  work: () => Promise<T>,
): Promise<T> {
  const { locale, fallbackLocale } = req ?? {}
  try {
    return await work()
  } finally {
    if (req) {
      req.locale = locale
      req.fallbackLocale = fallbackLocale
    }
  }
}

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
  const fields = payload.collections[collection].config.fields
  // The Local API sets the request's locale to the one it reads in (createLocalReq): read one
  // locale at a time, and give the save's request its own locale back afterwards.
  const read = (locale: Locale) =>
    payload.findByID({
      collection,
      id,
      locale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      // No `context` here: the Local API merges it into the save's own request context.
      req,
    }) as Promise<unknown> as Promise<Record<string, unknown> | null>
  const docs = await keepingRequestLocale(req, async () => {
    const zh = await read(defaultLocale)
    if (!zh) return null
    const all = { [defaultLocale]: zh } as Record<Locale, Record<string, unknown>>
    for (const locale of targetLocales) all[locale] = (await read(locale)) ?? {}
    return all
  })
  if (!docs) return null
  const title = docs[defaultLocale][publicCollections[collection].titleField]
  return {
    title: typeof title === 'string' ? title : '',
    units: Object.fromEntries(
      Object.entries(docs).map(([l, doc]) => [l, translationUnits(fields, doc)]),
    ) as Record<Locale, TranslationUnit[]>,
    translated: Object.fromEntries(
      targetLocales.map((l) => [l, isTranslated(collection, docs[l], l)]),
    ) as Record<TargetLocale, boolean>,
  }
}

/** The document's rows by locale. */
export async function findRows(
  payload: Payload,
  collection: PublicCollection,
  id: number | string,
  req?: Partial<PayloadRequest>,
): Promise<Partial<Record<TargetLocale, TranslationStatus>>> {
  const { docs } = await payload.find({
    collection: collectionSlugs.translationStatus,
    where: { rowKey: { in: targetLocales.map((l) => rowKey(collection, id, l)) } },
    depth: 0,
    limit: targetLocales.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return Object.fromEntries(docs.map((row) => [row.locale, row]))
}

export const storedUnits = (row: TranslationStatus | undefined): StatusUnit[] | undefined =>
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
