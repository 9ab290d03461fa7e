import { getTranslations } from 'next-intl/server'
import Link from 'next/link'

import { localeInfo, locales, type Locale } from '@/i18n/locales'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [tSite, t] = await Promise.all([
    getTranslations({ locale, namespace: 'site' }),
    getTranslations({ locale, namespace: 'nav' }),
  ])
  return (
    <header className="site-header">
      <div className="container header-row">
        <Link href={`/${locale}`} className="brand">
          {tSite('name')}
        </Link>
        <nav aria-label={t('label')}>
          <ul>
            <li>
              <Link href={`/${locale}`}>{t('home')}</Link>
            </li>
            <li>
              <Link href={`/${locale}/faq`}>{t('faq')}</Link>
            </li>
          </ul>
        </nav>
        <nav aria-label={t('language')} className="languages">
          <ul>
            {locales.map((code) => (
              <li key={code}>
                <Link
                  href={`/${code}`}
                  hrefLang={localeInfo[code].hreflang}
                  lang={localeInfo[code].hreflang}
                  aria-current={code === locale ? 'true' : undefined}
                >
                  {localeInfo[code].label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
