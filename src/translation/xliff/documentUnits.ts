/**
 * What an export writes and an import checks against, read in one place: a document's zh units
 * (the source) with their inline codes, its units in the target locale expressed in the
 * source's codes, and each unit's state — from the `translation-status` rows when that
 * collection exists, else derived (no target: missing; a target: current).
 */
import type { Payload, PayloadRequest } from 'payload'

import { hasDrafts } from '@/content/derivedFromConfig'
import type { PublicCollection } from '@/content/publicCollections'
import type { Locale } from '@/i18n/locales'

import { translationUnits, type TranslationUnit } from '../units'
import { encodeBlock, encodeTargetWithSourceCodes, type Code, type Inline } from './inlineCodes'

export const sourceLocale = 'zh' satisfies Locale

export type UnitState = 'missing' | 'outdated' | 'current'

export type DocumentUnit = {
  key: string
  /** The zh unit. */
  unit: TranslationUnit
  source: Inline[]
  codes: Code[]
  /** The target locale's unit with the same key, if it has text. */
  targetUnit?: TranslationUnit
  target?: Inline[]
  state: UnitState
  /** The zh text the target was translated from, when the state row knows it. */
  translatedFromText?: string
}

export type DocumentInLocale = {
  collection: PublicCollection
  id: number
  /** The newest version (draft or published) in zh and in the target locale, no fallback. */
  source: Record<string, unknown>
  target: Record<string, unknown>
  /** Published with no newer draft (collections without drafts are always). */
  live: boolean
  /** The main row is published (readers see a version of it). */
  published: boolean
  units: DocumentUnit[]
}

export const translationStatusSlug = 'translation-status'

type StatusUnit = { key: string; state: UnitState; translatedFromText?: string }
type StatusRow = { document?: { relationTo?: string; value?: unknown }; units?: unknown }

/** The translation state's unit rows of these documents in `locale`; empty until it exists. */
async function statusRows(
  payload: Payload,
  collection: PublicCollection,
  ids: number[],
  locale: Locale,
  req?: PayloadRequest,
): Promise<Map<number, Map<string, StatusUnit>>> {
  const rows = new Map<number, Map<string, StatusUnit>>()
  if (!ids.length || !(translationStatusSlug in payload.collections)) return rows
  const { docs } = await payload.find({
    collection: translationStatusSlug as never,
    where: { and: [{ collection: { equals: collection } }, { locale: { equals: locale } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const row of docs as StatusRow[]) {
    const id = Number(row.document?.value)
    if (!ids.includes(id) || !Array.isArray(row.units)) continue
    rows.set(id, new Map((row.units as StatusUnit[]).map((unit) => [unit.key, unit])))
  }
  return rows
}

const plain = (text: string): Inline[] => (text ? [text] : [])

/**
 * The documents of a collection (or some of them) with their units for `locale`. `req` only to
 * read inside an import's transaction (Payload sets each read's locale on it).
 */
export async function documentsInLocale(
  payload: Payload,
  {
    collection,
    ids,
    locale,
    req,
  }: { collection: PublicCollection; ids?: number[]; locale: Locale; req?: PayloadRequest },
): Promise<DocumentInLocale[]> {
  const fields = payload.collections[collection].config.fields
  const drafts = hasDrafts(payload, collection)
  const read = (targetLocale: Locale) =>
    payload.find({
      collection,
      locale: targetLocale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'id',
      where: ids ? { id: { in: ids } } : {},
      overrideAccess: true,
      req,
    })
  // One after the other: Payload sets the locale on the request it is given.
  const sources = await read(sourceLocale)
  const targets = await read(locale)
  const published = drafts
    ? await payload.find({
        collection,
        depth: 0,
        limit: 0,
        pagination: false,
        where: {
          and: [...(ids ? [{ id: { in: ids } }] : []), { _status: { equals: 'published' } }],
        },
        select: {},
        overrideAccess: true,
        req,
      })
    : undefined
  const publishedIds = new Set(published?.docs.map((doc) => doc.id))
  const targetById = new Map(
    targets.docs.map((doc) => [doc.id, doc as unknown as Record<string, unknown>]),
  )
  const states = await statusRows(
    payload,
    collection,
    sources.docs.map((doc) => doc.id),
    locale,
    req,
  )
  return sources.docs.map((doc) => {
    const source = doc as unknown as Record<string, unknown>
    const target = targetById.get(doc.id) ?? {}
    const targetUnits = new Map(translationUnits(fields, target).map((u) => [u.key, u]))
    const rowUnits = states.get(doc.id)
    const units = translationUnits(fields, source).map((unit): DocumentUnit => {
      const encoded = unit.node ? encodeBlock(unit.node) : { content: plain(unit.text), codes: [] }
      const targetUnit = targetUnits.get(unit.key)
      const targetContent = targetUnit
        ? unit.node && targetUnit.node
          ? encodeTargetWithSourceCodes(targetUnit.node, encoded.codes)
          : plain(targetUnit.text)
        : undefined
      const row = rowUnits?.get(unit.key)
      // A row written before this save may lag; the text itself decides missing.
      const state: UnitState = !targetUnit
        ? 'missing'
        : row?.state === 'outdated'
          ? 'outdated'
          : 'current'
      return {
        key: unit.key,
        unit,
        source: encoded.content,
        codes: encoded.codes,
        targetUnit,
        target: targetContent,
        state,
        translatedFromText: row?.translatedFromText,
      }
    })
    const isPublished = !drafts || publishedIds.has(doc.id)
    return {
      collection,
      id: doc.id,
      source,
      target,
      published: isPublished,
      live: isPublished && (!drafts || (doc as { _status?: string })._status === 'published'),
      units,
    }
  })
}
