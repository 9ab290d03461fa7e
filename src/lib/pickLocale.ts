import type { AllLocales, LocaleMap, LocalizedCollection } from '@/content/allLocales'
import { isLocaleMap, sourceLocaleOf } from '@/content/localizedValues'
import type { Locale } from '@/i18n/locales'

/**
 * Documents read with `locale: 'all'` carry every localized value as `{ zh, ru, en }`
 * (`AllLocales<T>`). Pages read that way once, then derive what they need: the text in the
 * reader's locale (falling back to the zh source), whether it is really translated
 * (`isTranslated` in the registry), and the document's slug in each locale.
 */

/**
 * The document in `locale`, or the source where that locale has none, through the whole tree
 * (groups, arrays, populated relations).
 */
export function pickLocale<T, C extends LocalizedCollection>(
  doc: AllLocales<T, C>,
  locale: Locale,
): T
/**
 * The same for a value whose type is not known (the search index reads every public
 * collection through one function): the caller names what it gets.
 */
export function pickLocale<T = unknown>(value: unknown, locale: Locale): T
export function pickLocale(value: unknown, locale: Locale): unknown {
  if (isLocaleMap(value)) {
    return pickLocale(value[sourceLocaleOf(value, locale)], locale)
  }
  if (Array.isArray(value)) return value.map((item) => pickLocale(item, locale))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pickLocale(v, locale)]))
  }
  return value
}

/** One field's value in `locale` (or the source's): a locale map, or a value shared by all. */
export const localeValue = <V>(value: LocaleMap<V> | V, locale: Locale): V =>
  pickLocale<V>(value, locale)

/**
 * `locale`'s own values only, through the whole tree: no fallback, a field `locale` lacks is null.
 * For what must hold nothing but that locale's text (the locale's search index).
 */
export function pickOwnLocale<T>(value: unknown, locale: Locale): T {
  if (isLocaleMap(value)) return pickOwnLocale(value[locale] ?? null, locale)
  if (Array.isArray(value)) return value.map((item) => pickOwnLocale(item, locale)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, pickOwnLocale(v, locale)]),
    ) as T
  }
  return value as T
}

/** A field's text for a reader of `locale` and the locale it really comes from. */
export type LocalizedText = { text: string; source: Locale }

/** `pickLocale` for one text field, with the locale the text comes from (to mark a fallback). */
export function localizedText(field: unknown, locale: Locale): LocalizedText {
  return {
    text: pickLocale<string | null>(field, locale) ?? '',
    source: sourceLocaleOf(field, locale),
  }
}
