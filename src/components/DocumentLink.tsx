import Link from 'next/link'
import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import type { LocalizedText } from '@/lib/pickLocale'

import { FallbackMark, InLocale, langAttribute } from './InLocale'

type Props = {
  as?: 'li' | 'th'
  className?: string
  scope?: 'row'
  locale: Locale
  href: string
  /** The locale the linked document is shown in (`shownLocaleOf`). */
  source: Locale
  label: LocalizedText
  /** More of the document after the link (a summary), each in its own `InLocale`. */
  children?: ReactNode
  /** What comes before the link (a card's image). */
  before?: ReactNode
}

/**
 * A link to a document in a list, a card, a table row or a related-links section: the item takes
 * the document's language, the link its label's, and one marker says when either is not the
 * reader's (the document first; else its label, such as a carrier name missing in a translated
 * carrier). See `InLocale` for the rule.
 */
export function DocumentLink({
  as = 'li',
  locale,
  href,
  source,
  label,
  children,
  before,
  ...rest
}: Props) {
  return (
    <InLocale as={as} {...rest} locale={locale} source={source} mark={false}>
      {before}
      <Link href={href} lang={langAttribute(label.source, source)}>
        {label.text}
      </Link>{' '}
      <FallbackMark locale={locale} source={source === locale ? label.source : source} />
      {children}
    </InLocale>
  )
}
