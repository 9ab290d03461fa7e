import type { Metadata } from 'next'

import { defaultLocale, localeInfo, locales, type Locale } from '@/i18n/locales'
import { env } from '@/env'

import type { Alternates } from './paths'

/** A `meta.image` as a page reads it: populated (`metaImagePopulate`) or, unpublished, an id. */
export type MetaImage = {
  url?: string | null
  alt?: string | null
  width?: number | null
  height?: number | null
}

type PageSeo = {
  locale: Locale
  title: string
  description?: string | null
  /** The page in each locale; null where that locale has no translation. */
  alternates: Alternates
  /** False when the reader sees fallback (source-language) text: not indexed under this locale. */
  translated?: boolean
  type?: 'website' | 'article'
  /** The page's `meta.image` (SEO plugin), shown when the page is shared. */
  image?: MetaImage | number | null
}

const absolute = (path: string) => `${env.serverUrl()}${path}`

function openGraphImages(image: PageSeo['image']) {
  if (!image || typeof image !== 'object' || !image.url) return undefined
  const url = /^https?:\/\//.test(image.url) ? image.url : absolute(image.url)
  return [
    {
      url,
      width: image.width ?? undefined,
      height: image.height ?? undefined,
      alt: image.alt ?? undefined,
    },
  ]
}

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
  image,
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
      images: openGraphImages(image),
    },
  }
}

/** Alternates of a page that exists in every locale (home, section pages). */
export const everyLocale = (path: (l: Locale) => string): Alternates =>
  Object.fromEntries(locales.map((l) => [l, path(l)]))
