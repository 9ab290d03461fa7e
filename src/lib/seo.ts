import type { Metadata } from 'next'

import { defaultLocale, localeInfo, locales, type Locale } from '@/i18n/locales'
import { env } from '@/env'

import type { Alternates } from './paths'

type PageSeo = {
  locale: Locale
  title: string
  description?: string | null
  /** The page in each locale; null where that locale has no translation. */
  alternates: Alternates
  /** False when the reader sees fallback (source-language) text: not indexed under this locale. */
  translated?: boolean
  type?: 'website' | 'article'
}

const absolute = (path: string) => `${env.serverUrl()}${path}`

/**
 * Per-locale metadata: a self-canonical, reciprocal hreflang links for the locales the page
 * really exists in (plus x-default, the zh source), Open Graph, and `noindex` on fallback pages.
 */
export function pageMetadata({
  locale,
  title,
  description,
  alternates,
  translated = true,
  type = 'website',
}: PageSeo): Metadata {
  const self = alternates[locale]
  const languages: Record<string, string> = {}
  if (translated) {
    for (const l of locales) {
      const path = alternates[l]
      if (path) languages[localeInfo[l].hreflang] = absolute(path)
    }
    const source = alternates[defaultLocale]
    if (source) languages['x-default'] = absolute(source)
  }
  return {
    title,
    description: description ?? undefined,
    alternates: self ? { canonical: absolute(self), languages } : undefined,
    robots: translated ? undefined : { index: false, follow: true },
    openGraph: {
      title,
      description: description ?? undefined,
      type,
      locale: localeInfo[locale].ogLocale,
      url: self ? absolute(self) : undefined,
      siteName: 'SIM Atlas',
    },
  }
}

/** Alternates of a page that exists in every locale (home, section pages). */
export const everyLocale = (path: (l: Locale) => string): Alternates =>
  Object.fromEntries(locales.map((l) => [l, path(l)]))
