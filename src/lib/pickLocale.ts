import { hasOwnValue, isLocaleMap, sourceLocaleOf } from '@/content/localizedValues'
import { locales, type Locale } from '@/i18n/locales'

/**
 * Documents read with `locale: 'all'` carry every localized value as `{ zh, ru, en }`. Pages read
 * that way once, then derive what they need: the text in the reader's locale (falling back to
 * the zh source), whether it is really translated, and the document's slug in each locale.
 */
type Json = unknown

/** The value for `locale`, or the source where that locale has none; applied through the whole tree. */
export function pickLocale<T>(value: Json, locale: Locale): T {
  if (isLocaleMap(value)) {
    return pickLocale(value[sourceLocaleOf(value, locale)], locale)
  }
  if (Array.isArray(value)) return value.map((item) => pickLocale(item, locale)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, pickLocale(v, locale)]),
    ) as T
  }
  return value as T
}

/**
 * `locale`'s own values only, through the whole tree: no fallback, a field `locale` lacks is null.
 * For what must hold nothing but that locale's text (the locale's search index).
 */
export function pickOwnLocale<T>(value: Json, locale: Locale): T {
  if (isLocaleMap(value)) return pickOwnLocale(value[locale] ?? null, locale)
  if (Array.isArray(value)) return value.map((item) => pickOwnLocale(item, locale)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, pickOwnLocale(v, locale)]),
    ) as T
  }
  return value as T
}

/** True when `field` (read with locale 'all') has its own value in `locale`. */
export const hasTranslation = hasOwnValue

/** Locales in which the document has its own text (judged by its title field). */
export function translatedLocales(title: Json): Locale[] {
  return locales.filter((locale) => hasTranslation(title, locale))
}

/** A field's text for a reader of `locale` and the locale it really comes from. */
export type LocalizedText = { text: string; source: Locale }

/** `pickLocale` for one text field, with the locale the text comes from (to mark a fallback). */
export function localizedText(field: Json, locale: Locale): LocalizedText {
  return {
    text: pickLocale<string | null>(field, locale) ?? '',
    source: sourceLocaleOf(field, locale),
  }
}
