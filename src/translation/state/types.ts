/**
 * The translation state's shapes: one row per public document × target locale, with one entry
 * per zh translation unit (see `@/translation/units`). A leaf module.
 */
import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import type { UnitKind } from '@/translation/units'

export type UnitState = 'missing' | 'outdated' | 'current'
export type DocumentState = UnitState

export const unitStates = ['missing', 'outdated', 'current'] as const satisfies UnitState[]

/** The locales translated from zh: one row each. */
/** zh is `defaultLocale`, typed as any `Locale`; spelled here for the type. */
export type TargetLocale = Exclude<Locale, 'zh'>
export const targetLocales = locales.filter((l) => l !== defaultLocale) as TargetLocale[]

export const isTargetLocale = (value: unknown): value is TargetLocale =>
  typeof value === 'string' && (targetLocales as string[]).includes(value)

/** One zh unit's state in a target locale. */
export type StatusUnit = {
  /** The zh unit's key (`title`, `body#4`, `facts.<rowId>.text`). */
  key: string
  field: string
  index?: number
  kind: UnitKind
  state: UnitState
  /** The zh unit now. */
  sourceHash: string
  sourceText: string
  /** The zh unit the target was translated from (or confirmed against): for the diff. */
  translatedFromHash?: string
  translatedFromText?: string
  /** The target's unit at the same key (position), as last seen. */
  targetHash?: string
  /** When it became outdated (ISO), while it is. */
  outdatedAt?: string
}

/** What a row stores besides its identity. */
export type RowState = {
  state: DocumentState
  units: StatusUnit[]
  missingUnits: number
  outdatedUnits: number
  totalUnits: number
  outdatedSince: string | null
}
