/**
 * The glossary's languages and term statuses, in one place: the collection, TBX, the seed and
 * the check read them. zh is the source; ru and en are the target languages a check runs for.
 */
import { defaultLocale, locales, type Locale } from '@/i18n/locales'

export const glossaryLocales = locales
export const sourceLocale = defaultLocale
export type TargetLocale = Exclude<Locale, 'zh'>
export const targetLocales = locales.filter((l): l is TargetLocale => l !== defaultLocale)

export const isTargetLocale = (value: unknown): value is TargetLocale =>
  targetLocales.includes(value as TargetLocale)

/**
 * A concept's terms in one language, as TBX's langSet holds them: one preferred term, the
 * admitted synonyms a translation may use instead, and the forbidden (deprecated) variants.
 */
export type LanguageTerms = {
  preferred: string
  admitted: string[]
  forbidden: string[]
}

/** A concept as the glossary stores it and TBX carries it (termEntry). */
export type GlossaryConcept = {
  /** Stable id: the termEntry id in TBX, the file name under content/glossary/. */
  key: string
  note?: string
  /** The slug of a related carrier, if the concept is one (or belongs to one). */
  carrier?: string
  terms: Record<Locale, LanguageTerms | undefined>
}

/** TBX-Basic's administrativeStatus values for our three kinds of term. */
export const administrativeStatus = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
} as const

export type TermStatus = keyof typeof administrativeStatus
