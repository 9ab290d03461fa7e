/**
 * An export: a document, a collection, or every document of every public collection, in one
 * target locale, optionally only its missing and/or outdated units, as XLIFF 1.2 or 2.0.
 */
import type { Payload } from 'payload'

import { publicCollectionSlugs, type PublicCollection } from '@/content/publicCollections'
import type { Locale } from '@/i18n/locales'

import { documentsInLocale, sourceLocale, type UnitState } from './documentUnits'
import { writeXliff } from './writeXliff'
import { unitId, type ExportDocument, type ExportState, type XliffVersion } from './xliffFile'

export type ExportOptions = {
  locale: Exclude<Locale, 'zh'>
  version: XliffVersion
  collection?: PublicCollection
  id?: number
  /** Only units in these states (by default every unit). */
  only?: UnitState[]
}

export type ExportResult = { xml: string; documents: number; units: number }

export async function exportXliff(payload: Payload, options: ExportOptions): Promise<ExportResult> {
  const collections = options.collection ? [options.collection] : publicCollectionSlugs
  const documents: ExportDocument[] = []
  for (const collection of collections) {
    const docs = await documentsInLocale(payload, {
      collection,
      ids: options.id !== undefined ? [options.id] : undefined,
      locale: options.locale,
    })
    for (const doc of docs) {
      const units = doc.units
        .filter((unit) => !options.only || options.only.includes(unit.state))
        .map((unit) => {
          const state: ExportState =
            unit.state === 'current' ? (doc.live ? 'final' : 'translated') : unit.state
          const note =
            unit.state === 'outdated' && unit.translatedFromText
              ? `Translated from an earlier source: ${unit.translatedFromText}`
              : undefined
          return {
            id: unitId(collection, doc.id, unit.key),
            key: unit.key,
            source: unit.source,
            target: unit.target,
            codes: unit.codes,
            state,
            note,
          }
        })
      if (units.length) documents.push({ original: `${collection}/${doc.id}`, units })
    }
  }
  const xml = writeXliff({
    version: options.version,
    sourceLocale,
    targetLocale: options.locale,
    documents,
  })
  return {
    xml,
    documents: documents.length,
    units: documents.reduce((sum, doc) => sum + doc.units.length, 0),
  }
}
