import type { PayloadRequest, Where } from 'payload'

import type { PublicCollection } from '@/content/publicCollections'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { translationUnits, type TranslationUnit } from '@/translation/units'

import { textChanges } from './textDiff'
import type { SourceUnitView, TranslationSource, UnitState } from './types'

/** The collection the translation state lives in (built apart; absent until it is merged). */
const statusCollection = 'translation-status'

type StatusUnit = {
  key: string
  state: UnitState
  sourceText?: string
  translatedFromText?: string
}
type StatusRow = { state?: UnitState; units?: StatusUnit[] }

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

/** The document's translation-status row for `locale`, read as the user; null when none. */
async function statusRow(
  req: PayloadRequest,
  collection: PublicCollection,
  id: number,
  locale: Locale,
): Promise<StatusRow | null> {
  if (!(statusCollection in req.payload.collections)) return null
  const where: Where = {
    and: [
      { collection: { equals: collection } },
      { 'document.value': { equals: id } },
      { locale: { equals: locale } },
    ],
  }
  const { docs } = await req.payload.find({
    collection: statusCollection as never,
    where,
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return (docs[0] as StatusRow | undefined) ?? null
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
  const source = (await req.payload.findByID({
    collection,
    id,
    locale: defaultLocale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })) as unknown as Record<string, unknown>
  const row = await statusRow(req, collection, id, locale)
  const byKey = new Map((row?.units ?? []).map((unit) => [unit.key, unit]))
  const units = translationUnits(req.payload.collections[collection].config.fields, source)

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
