import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import React from 'react'

import { pageLocale } from '@/i18n/pageLocale'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { localeInfo } from '@/i18n/locales'

import '../styles.css'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'site' })
  return {
    title: { default: t('name'), template: `%s · ${t('name')}` },
    description: t('tagline'),
    icons: { icon: '/favicon.svg' },
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'site' })

  return (
    <html lang={localeInfo[locale].hreflang}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" className="container">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
