import { getLocale, getTranslations } from 'next-intl/server'
import Link from 'next/link'

/** The 404 page, in the reader's language (the locale of the URL they asked for). */
export default async function NotFound() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return (
    <section className="not-found">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href={`/${locale}`}>{t('home')}</Link>
      </p>
    </section>
  )
}
