/**
 * What the source-beside-target view receives for one document in one target locale: the zh
 * source's translation units (with their state from `translation-status`, when there is a row)
 * and the zh values, for "start from the source". Shared by the endpoint and the admin component,
 * so it imports nothing that runs.
 */
import type { UnitKind } from '@/translation/units'

export type UnitState = 'missing' | 'outdated' | 'current'

/** One part of a diff: unchanged text, or text added to or removed from the zh source. */
export type DiffPart = { value: string; added?: boolean; removed?: boolean }

export type SourceUnitView = {
  key: string
  /**
   * The form path the unit is shown beside: `title`, `meta.title`, `facts.0.text`, `steps.2.text`
   * for a text; the rich-text field's path (`body`) for each of its blocks.
   */
  formPath: string
  kind: UnitKind
  text: string
  /** From the document's translation-status row; absent when it has none. */
  state?: UnitState
  /** An outdated unit's change in zh since it was translated (translatedFromText → text). */
  changes?: DiffPart[]
}

export type TranslationSource = {
  collection: string
  id: number
  locale: string
  sourceLocale: string
  /** The newest zh value (drafts included) of every form path that has source text. */
  values: Record<string, unknown>
  units: SourceUnitView[]
  /** The document's state in `locale`; null when no translation-status row exists (yet). */
  state: UnitState | null
}
