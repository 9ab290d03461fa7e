/**
 * What a localized value read with `locale: 'all'` looks like (`{ zh, ru, en }`), and when a
 * locale's value counts as missing. A leaf module shared by the registry and `pickLocale`.
 */
import { defaultLocale, locales, type Locale } from '@/i18n/locales'

export function isLocaleMap(value: unknown): value is Partial<Record<Locale, unknown>> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((key) => (locales as readonly string[]).includes(key))
}

/** No text: null, undefined, a blank string or an empty list. */
export const isEmptyValue = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

/**
 * True when a field read with `locale: 'all'` has its own value in `locale`, or, for a value
 * read in one locale, when it is not empty.
 */
export function hasOwnValue(field: unknown, locale: Locale): boolean {
  return isLocaleMap(field) ? !isEmptyValue(field[locale]) : !isEmptyValue(field)
}

/**
 * The locale whose text a reader of `locale` is shown for a field read with `locale: 'all'`: the
 * reader's own, else the zh source, else whichever locale has one (a document an editor started
 * in another language). `locale` itself for a value read in one locale or with no text anywhere.
 * The one fallback order: `pickLocale` shows this locale's value, the pages mark text whose
 * source is not the reader's locale.
 */
export function sourceLocaleOf(field: unknown, locale: Locale): Locale {
  if (!isLocaleMap(field)) return locale
  return [locale, defaultLocale, ...locales].find((l) => !isEmptyValue(field[l])) ?? locale
}
