import type { AllLocales, LocaleMap, LocalizedCollection } from '@/content/allLocales'
import { isEmptyValue as isEmpty, isLocaleMap } from '@/content/localizedValues'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'

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
    // The reader's locale, else the zh source, else whichever locale has it (a document an
    // editor started in another language).
    const order = [locale, defaultLocale, ...locales]
    const found = order.map((l) => value[l]).find((v) => !isEmpty(v))
    return pickLocale(found ?? value[locale], locale)
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
