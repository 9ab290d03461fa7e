import { getFormatter, getTranslations } from 'next-intl/server'

import { isCompleteSource, type Source, sourceHost } from '@/content/sources'
import { isSourceUrl } from '@/fields/source'
import { localeInfo, type Locale } from '@/i18n/locales'

/** A source's checked day in the reader's language ("1 Dec 2026", "2026年12月1日"). */
export async function checkedDate(locale: Locale, checkedOn: string) {
  const format = await getFormatter({ locale })
  // Stored as midnight UTC: formatted in UTC so no time zone moves it to the day before.
  return format.dateTime(new Date(checkedOn), { dateStyle: 'medium', timeZone: 'UTC' })
}

/** "Source: kcell.kz, checked 1 Dec 2026", the host linking to the page; nothing when incomplete. */
export async function SourceLine({ locale, source }: { locale: Locale; source?: Source | null }) {
  if (!isCompleteSource(source)) return null
  const t = await getTranslations({ locale, namespace: 'facts' })
  const host = sourceHost(source.url)
  const date = await checkedDate(locale, source.checkedOn)
  const [before, after] = t('sourceLine', { host: '\u0000', date }).split('\u0000')
  return (
    // In the reader's language even inside a fact shown from another locale.
    <small className="source-line" lang={localeInfo[locale].hreflang}>
      {before}
      {isSourceUrl(source.url) ? (
        <a href={source.url} rel="noopener nofollow" title={source.title}>
          {host}
        </a>
      ) : (
        host
      )}
      {after}
    </small>
  )
}
