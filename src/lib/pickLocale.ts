import { hasOwnValue, isEmptyValue as isEmpty, isLocaleMap } from '@/content/localizedValues'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'

/**
 * Documents read with `locale: 'all'` carry every localized value as `{ zh, ru, en }`. Pages read
 * that way once, then derive what they need: the text in the reader's locale (falling back to
 * the zh source), whether it is really translated, and the document's slug in each locale.
 */
type Json = unknown

/** The value for `locale`, or the source where that locale has none; applied through the whole tree. */
export function pickLocale<T>(value: Json, locale: Locale): T {
  if (isLocaleMap(value)) {
    // The reader's locale, else the zh source, else whichever locale has it (a document an
    // editor started in another language).
    const order = [locale, defaultLocale, ...locales]
    const found = order.map((l) => value[l]).find((v) => !isEmpty(v))
    return pickLocale(found ?? value[locale], locale)
  }
  if (Array.isArray(value)) return value.map((item) => pickLocale(item, locale)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, pickLocale(v, locale)]),
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
