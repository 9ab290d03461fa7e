import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import React from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { localeInfo } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { env } from '@/env'
import { PreviewBanner } from '@/preview/PreviewBanner'

import '../styles.css'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

// Pages are rendered on their first request and then served from Next's cache until a Payload
// hook expires them; nothing is prerendered at build time, so a build needs no database.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'site' })
  return {
    metadataBase: new URL(env.serverUrl()),
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
        <PreviewBanner locale={locale} />
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
