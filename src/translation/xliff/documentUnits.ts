/**
 * What an export writes and an import checks against, read in one place: a document's zh units
 * (the source) with their inline codes, its units in the target locale expressed in the
 * source's codes, and each unit's state — no target: missing; else outdated when the
 * document's `translation-status` row says so (read through `../state/statusRows`), current.
 * The documents themselves are read through `../readUnits`.
 */
import type { Payload, PayloadRequest } from 'payload'

import { hasDrafts } from '@/content/derivedFromConfig'
import type { PublicCollection } from '@/content/publicCollections'
import type { Locale } from '@/i18n/locales'
import type { TranslationStatus } from '@/payload-types'

import { asServer, readDocuments, unitsOf } from '../readUnits'
import { findRowsInLocale, storedUnits } from '../state/statusRows'
import { isTargetLocale } from '../state/types'
import type { TranslationUnit } from '../units'
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

const plain = (text: string): Inline[] => (text ? [text] : [])

/**
 * The documents of a collection (or some of them) with their units for `locale`. `req` only to
 * read inside an import's transaction (each read sets its locale on it, then gives it back).
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
  const drafts = hasDrafts(payload, collection)
  const read = (targetLocale: Locale) =>
    readDocuments(payload, { collection, ids, locale: targetLocale, readAs: asServer, req })
  // One after the other: each read sets its locale on the request until it is done.
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
  const targetById = new Map(targets.map((doc) => [doc.id, doc]))
  const rows = isTargetLocale(locale)
    ? await findRowsInLocale(
        payload,
        collection,
        sources.map((doc) => doc.id),
        locale,
        req,
      )
    : new Map<number, TranslationStatus>()
  return sources.map((source) => {
    const target = targetById.get(source.id) ?? {}
    const targetUnits = new Map(unitsOf(payload, collection, target).map((u) => [u.key, u]))
    const rowUnits = new Map((storedUnits(rows.get(source.id)) ?? []).map((u) => [u.key, u]))
    const units = unitsOf(payload, collection, source).map((unit): DocumentUnit => {
      const encoded = unit.node ? encodeBlock(unit.node) : { content: plain(unit.text), codes: [] }
      const targetUnit = targetUnits.get(unit.key)
      const targetContent = targetUnit
        ? unit.node && targetUnit.node
          ? encodeTargetWithSourceCodes(targetUnit.node, encoded.codes)
          : plain(targetUnit.text)
        : undefined
      const row = rowUnits.get(unit.key)
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
    const isPublished = !drafts || publishedIds.has(source.id)
    return {
      collection,
      id: source.id,
      source,
      target,
      published: isPublished,
      live: isPublished && (!drafts || source._status === 'published'),
      units,
    }
  })
}
