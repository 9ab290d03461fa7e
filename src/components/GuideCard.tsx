import { shownLocaleOf } from '@/content/publicCollections'
import type { Locale } from '@/i18n/locales'
import { paths } from '@/lib/paths'
import { localizedText, pickLocale } from '@/lib/pickLocale'
import type { Guide } from '@/payload-types'

import { DocumentLink } from './DocumentLink'
import { InLocale } from './InLocale'

/** A guide in a list of cards (home, guides): its title and summary, marked where not translated. */
type Props = { locale: Locale; guide: Pick<Guide, 'title' | 'slug' | 'summary'> }

export function GuideCard({ locale, guide }: Props) {
  // `guide` is read with `locale: 'all'`: its localized fields are `{ zh, ru, en }`.
  const source = shownLocaleOf('guides', guide, locale)
  const summary = localizedText(guide.summary, locale)
  return (
    <DocumentLink
      className="card"
      locale={locale}
      href={paths.guide(locale, pickLocale<string>(guide.slug, locale))}
      source={source}
      label={localizedText(guide.title, locale)}
    >
      {summary.text && (
        <InLocale as="p" locale={locale} source={summary.source} within={source}>
          {summary.text}
        </InLocale>
      )}
    </DocumentLink>
  )
}
