import type { AllLocales } from '@/content/allLocales'
import { collectionSlugs } from '@/content/constants'
import { publicCollections, shownLocaleOf } from '@/content/publicCollections'
import type { Locale } from '@/i18n/locales'
import { localeValue, localizedText } from '@/lib/pickLocale'
import type { Guide } from '@/payload-types'

import { DocumentLink } from './DocumentLink'
import { InLocale } from './InLocale'
import { MediaImage } from './MediaImage'

/** A guide in a list of cards (home, guides): its title and summary, marked where not translated. */
type Props = {
  locale: Locale
  guide: Pick<AllLocales<Guide>, 'title' | 'slug' | 'summary'> &
    Partial<Pick<AllLocales<Guide>, 'heroImage'>>
}

export function GuideCard({ locale, guide }: Props) {
  const source = shownLocaleOf(collectionSlugs.guides, guide, locale)
  const summary = localizedText(guide.summary, locale)
  return (
    <DocumentLink
      className="card"
      locale={locale}
      href={publicCollections.guides.path(locale, localeValue(guide.slug, locale))}
      source={source}
      label={localizedText(guide.title, locale)}
      before={
        <MediaImage
          locale={locale}
          media={guide.heroImage}
          sizes="(max-width: 36rem) 100vw, 24rem"
          className="card-image"
          decorative
        />
      }
    >
      {summary.text && (
        <InLocale as="p" locale={locale} source={summary.source} within={source}>
          {summary.text}
        </InLocale>
      )}
    </DocumentLink>
  )
}
