import { getTranslations } from 'next-intl/server'

import { isCompleteSource, type Source, sourceHost } from '@/content/sources'
import { isSourceUrl } from '@/fields/source'
import { localeInfo, isLocale, type Locale } from '@/i18n/locales'

import { checkedDate } from './SourceLine'

/** The `lang` of a source's title: our locales' tags, or Kazakh. */
const titleLang = (language: string) =>
  isLocale(language) ? localeInfo[language].hreflang : language

/**
 * A guide's "Sources" section: each page's title (in its own language), host, language and the
 * day it was checked. Incomplete sources are left out; nothing at all when there are none.
 */
type Props = {
  locale: Locale
  sources: Source[]
  /** The heading's id and level: a guide has one list (h2); each FAQ on the FAQ page its own (h4). */
  id?: string
  heading?: 'h2' | 'h4'
}

export async function SourceList({ locale, sources, id = 'sources', heading = 'h2' }: Props) {
  const Heading = heading
  // A guide's list is a region of the page; the FAQ page's many lists are not (one landmark
  // named "Sources" per FAQ would be many landmarks of the same name).
  const Wrapper = heading === 'h2' ? 'section' : 'div'
  const complete = sources.filter(isCompleteSource)
  if (complete.length === 0) return null
  const t = await getTranslations({ locale, namespace: 'facts' })
  const items = await Promise.all(
    complete.map(async (source) => ({
      source,
      date: await checkedDate(locale, source.checkedOn),
    })),
  )
  return (
    <Wrapper aria-labelledby={heading === 'h2' ? id : undefined} className="sources">
      <Heading id={id}>{t('sourcesHeading')}</Heading>
      <ol>
        {items.map(({ source, date }, i) => (
          <li key={`${source.url}-${i}`}>
            {isSourceUrl(source.url) ? (
              <a href={source.url} rel="noopener nofollow" lang={titleLang(source.language)}>
                {source.title}
              </a>
            ) : (
              <span lang={titleLang(source.language)}>{source.title}</span>
            )}{' '}
            <small className="source-line">
              {t('sourceItem', {
                host: sourceHost(source.url),
                language: t(`language.${source.language as 'zh' | 'ru' | 'en' | 'kk'}`),
                date,
              })}
            </small>
          </li>
        ))}
      </ol>
    </Wrapper>
  )
}
