import type { PayloadRequest } from 'payload'

import type { PublicCollection } from '@/content/publicCollections'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { asUser, readDocument, unitsOf } from '@/translation/readUnits'
import { findRow, storedUnits } from '@/translation/state/statusRows'
import { isTargetLocale } from '@/translation/state/types'
import type { TranslationUnit } from '@/translation/units'

import { textChanges } from './textDiff'
import type { SourceUnitView, TranslationSource } from './types'

/** The path of the form field a unit sits beside: a rich-text block sits beside its field. */
function formPathOf(unit: TranslationUnit): string {
  const root = unit.path.indexOf('root')
  return (root === -1 ? unit.path : unit.path.slice(0, root)).join('.')
}

function valueAt(doc: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null
        ? (value as Record<string | number, unknown>)[key]
        : undefined,
    doc,
  )
}

/**
 * The zh source of a document for a translator working in `locale`: the newest zh version
 * (drafts included), split into the same translation units as the translation state and XLIFF,
 * each with its state in `locale` and, when outdated, what changed in zh. Read with the user's
 * own access: a document they may not read is not found.
 */
export async function translationSourceOf(
  req: PayloadRequest,
  collection: PublicCollection,
  id: number,
  locale: Locale,
): Promise<TranslationSource> {
  const readAs = asUser(req.user)
  // Never null: without `disableErrors` a document the user may not read is NotFound.
  const source = (await readDocument(req.payload, {
    collection,
    id,
    locale: defaultLocale,
    readAs,
    req,
  }))!
  const row = isTargetLocale(locale)
    ? await findRow(req.payload, collection, id, locale, readAs, req)
    : null
  const byKey = new Map((storedUnits(row) ?? []).map((unit) => [unit.key, unit]))
  const units = unitsOf(req.payload, collection, source)

  const values: Record<string, unknown> = {}
  const views = units.map((unit): SourceUnitView => {
    const formPath = formPathOf(unit)
    values[formPath] ??= valueAt(source, formPath.split('.'))
    const status = byKey.get(unit.key)
    const changes =
      status?.state === 'outdated' && typeof status.translatedFromText === 'string'
        ? textChanges(status.translatedFromText, status.sourceText ?? unit.text, defaultLocale)
        : undefined
    return {
      key: unit.key,
      formPath,
      kind: unit.kind,
      text: unit.text,
      ...(status ? { state: status.state } : {}),
      ...(changes ? { changes } : {}),
    }
  })
  return {
    collection,
    id,
    locale,
    sourceLocale: defaultLocale,
    values,
    units: views,
    state: row?.state ?? null,
  }
}
