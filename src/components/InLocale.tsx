import type { ComponentPropsWithoutRef, ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'

import { sourceLocaleOf } from '@/content/localizedValues'
import { localeInfo, type Locale } from '@/i18n/locales'

/**
 * The one rule for text a reader gets in a locale other than their own (a document or a field
 * not translated yet, shown from the locale `pickLocale` fell back to):
 *
 * - Nothing is left out. Lists, cards, related links, tables and single fields show the text from
 *   its source locale, and the element holding it carries that locale's `lang` (`zh-Hans`), so
 *   screen readers, fonts and hyphenation treat it as what it is.
 * - It is marked in the reader's language: an untranslated page by `UntranslatedNotice`, an
 *   untranslated document in a list or a link by `FallbackMark` in its item, and a missing field
 *   of a translated document by `FallbackMark` in the field. Text under a mark already shown (a
 *   field of an untranslated document) is not marked again.
 *
 * Where the text comes from is `shownLocaleOf` (a document, by its collection's translated field)
 * or `sourceLocaleOf` (one field), both beside `pickLocale`'s fallback order.
 */

/**
 * The `lang` an element needs for text from `source` inside an element in `within`: none when
 * they agree, so translated text adds no attribute.
 */
export function langAttribute(source: Locale, within: Locale): string | undefined {
  return source === within ? undefined : localeInfo[source].hreflang
}

/** The small inline marker "Not translated yet · in Chinese", in the reader's language. */
export async function FallbackMark({ locale, source }: { locale: Locale; source: Locale }) {
  if (source === locale) return null
  const t = await getTranslations({ locale, namespace: 'fallback' })
  return (
    <small className="fallback-mark" lang={localeInfo[locale].hreflang}>
      {t('mark', { source })}
    </small>
  )
}

type Tag = 'p' | 'li' | 'dd' | 'div' | 'span' | 'h1' | 'h3' | 'th' | 'td'

type Props<T extends Tag> = Omit<ComponentPropsWithoutRef<T>, 'lang'> & {
  as: T
  /** The reader's locale. */
  locale: Locale
  /** The language of the element around this one (default: the page's, the reader's). */
  within?: Locale
  /** Show the marker here: by default, unless an element around it is already fallback text. */
  mark?: boolean
  /** Where the marker goes: after the text (inline fields, list items) or before it (blocks). */
  markAt?: 'start' | 'end'
  children: ReactNode
} & (
    | {
        /** The locale the text really comes from (`shownLocaleOf` for a document). */
        source: Locale
        of?: never
      }
    | {
        /** The field as read with `locale: 'all'`: the text comes from its `sourceLocaleOf`. */
        of: unknown
        source?: never
      }
  )

/** An element of text from `source`, with its `lang` and, when it is a fallback, the marker. */
export function InLocale<T extends Tag>({
  as,
  locale,
  source: given,
  of,
  within = locale,
  mark = within === locale,
  markAt = 'end',
  children,
  ...rest
}: Props<T>) {
  const Element = as as Tag
  const source = given ?? sourceLocaleOf(of, locale)
  const marker = mark && source !== locale && <FallbackMark locale={locale} source={source} />
  return (
    <Element {...(rest as object)} lang={langAttribute(source, within)}>
      {markAt === 'start' && marker}
      {children}
      {markAt === 'end' && marker && <> {marker}</>}
    </Element>
  )
}
