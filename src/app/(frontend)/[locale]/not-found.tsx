import { getLocale, getTranslations } from 'next-intl/server'
import Link from 'next/link'

import { PageFrame } from '@/components/PageFrame'
import { isLocale, defaultLocale } from '@/i18n/locales'
import { paths } from '@/lib/paths'

/** The 404 page, in the reader's language (the locale of the URL they asked for). */
export default async function NotFound() {
  const requested = await getLocale()
  const locale = isLocale(requested) ? requested : defaultLocale
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return (
    <PageFrame locale={locale} alternates={{}} section={paths.home}>
      <section className="not-found">
        <h1>{t('title')}</h1>
        <p>{t('text')}</p>
        <p>
          <Link href={paths.home(locale)}>{t('home')}</Link>
        </p>
      </section>
    </PageFrame>
  )
}
