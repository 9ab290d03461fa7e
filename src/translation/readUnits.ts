/**
 * Reading a public document the way a translation tool needs it, in one place: its newest
 * version (draft included) in one locale, its own values only (no fallback), and split into
 * translation units (`./units`). The translation state, the glossary check, the source-beside
 * view and XLIFF all read through here.
 *
 * The request handling is the subtle part. Given a `req`, Payload's Local API (createLocalReq)
 * sets the read's locale and fallback locale on that request and merges any `context` into the
 * request's own. So: one locale per read and one read at a time, the request's locale and
 * fallback locale given back afterwards, and never a `context`.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import type { PublicCollection } from '@/content/publicCollections'
import type { Locale } from '@/i18n/locales'

import { translationUnits, type TranslationUnit } from './units'

/**
 * Whose access a read uses: the server's (access overridden, for state kept by the server), or
 * a user's own, so a document they may not read is not found.
 */
export type ReadAs =
  { overrideAccess: true } | { overrideAccess: false; user: PayloadRequest['user'] }

export const asServer: ReadAs = { overrideAccess: true }
export const asUser = (user: PayloadRequest['user']): ReadAs => ({ overrideAccess: false, user })

export type LocalDocument = Record<string, unknown>

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

type ReadArgs = {
  collection: PublicCollection
  locale: Locale
  readAs: ReadAs
  /** To read inside the caller's transaction; its locale is given back afterwards. */
  req?: Partial<PayloadRequest>
}

/** The options every read here shares: newest version, one locale, no fallback, no context. */
const newestInLocale = ({ collection, locale, readAs, req }: ReadArgs) => ({
  collection,
  locale,
  fallbackLocale: false as const,
  draft: true,
  depth: 0,
  ...readAs,
  req,
})

/**
 * One document in one locale. Missing (or not readable by the user): Payload's NotFound error,
 * or null with `disableErrors`.
 */
export async function readDocument(
  payload: Payload,
  args: ReadArgs & { id: number | string; disableErrors?: boolean },
): Promise<LocalDocument | null> {
  const doc = await keepingRequestLocale(args.req, () =>
    payload.findByID({ ...newestInLocale(args), id: args.id, disableErrors: args.disableErrors }),
  )
  return (doc as unknown as LocalDocument | null) ?? null
}

/** Several documents in one locale (all of the collection without `ids`), by id. */
export async function readDocuments(
  payload: Payload,
  args: ReadArgs & { ids?: number[] },
): Promise<(LocalDocument & { id: number })[]> {
  const where: Where = args.ids ? { id: { in: args.ids } } : {}
  const { docs } = await keepingRequestLocale(args.req, () =>
    payload.find({
      ...newestInLocale(args),
      where,
      sort: 'id',
      limit: 0,
      pagination: false,
    }),
  )
  return docs as unknown as (LocalDocument & { id: number })[]
}

/** A document (in one locale, as read above) split into its translation units. */
export const unitsOf = (
  payload: Payload,
  collection: PublicCollection,
  doc: LocalDocument,
): TranslationUnit[] => translationUnits(payload.collections[collection].config.fields, doc)

/** One document's units in one locale; null when it is missing and `disableErrors` is set. */
export async function readUnits(
  payload: Payload,
  args: ReadArgs & { id: number | string; disableErrors?: boolean },
): Promise<TranslationUnit[] | null> {
  const doc = await readDocument(payload, args)
  return doc ? unitsOf(payload, args.collection, doc) : null
}
