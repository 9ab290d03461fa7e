import type { Locale } from '@/i18n/locales'
import type { LocalizedText } from '@/lib/pickLocale'

import { DocumentLink } from './DocumentLink'
import { InLocale } from './InLocale'

type Item = {
  key: string | number
  href: string
  /** The locale the linked document is shown in (`shownLocaleOf`). */
  source: Locale
  label: LocalizedText
  detail?: LocalizedText | null
}

type Props = {
  id: string
  heading: string
  locale: Locale
  items: Item[]
  variant?: 'list' | 'pills'
  /** The heading's level: h2 on a page, h4 inside a FAQ answer. */
  headingLevel?: 'h2' | 'h4'
}

/** A titled section of links to related documents; nothing at all when there are none. */
export function RelatedLinks({
  id,
  heading,
  locale,
  items,
  variant = 'list',
  headingLevel: Heading = 'h2',
}: Props) {
  if (items.length === 0) return null
  // A page's section is a landmark; inside a FAQ entry (h4) it is not, or every entry's
  // "Guides" would be a landmark of the same name (axe: landmark-unique).
  const Wrapper = Heading === 'h2' ? 'section' : 'div'
  return (
    <Wrapper aria-labelledby={Heading === 'h2' ? id : undefined}>
      <Heading id={id}>{heading}</Heading>
      <ul className={variant === 'pills' ? 'pills' : 'plain'}>
        {items.map((item) => (
          <DocumentLink
            key={item.key}
            locale={locale}
            href={item.href}
            source={item.source}
            label={item.label}
          >
            {item.detail?.text && (
              <>
                {' — '}
                <InLocale
                  as="span"
                  locale={locale}
                  source={item.detail.source}
                  within={item.source}
                >
                  {item.detail.text}
                </InLocale>
              </>
            )}
          </DocumentLink>
        ))}
      </ul>
    </Wrapper>
  )
}
