import React from 'react'

import type { Locale } from '@/i18n/locales'
import type { Alternates } from '@/lib/paths'

import { SiteHeader } from './SiteHeader'

type Props = {
  locale: Locale
  alternates: Alternates
  section: (locale: Locale) => string
  children: React.ReactNode
}

/** Header (with the language switcher for this page) and the main landmark. */
export function PageFrame({ locale, alternates, section, children }: Props) {
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} section={section} />
      <main id="main" className="container">
        {children}
      </main>
    </>
  )
}
