import type { MetadataRoute } from 'next'

import { env } from '@/env'
import { localeInfo, locales, type Locale } from '@/i18n/locales'
import { paths } from '@/lib/paths'
import { hasTranslation, pickLocale } from '@/lib/pickLocale'
import { listCarriers } from '@/lib/queries/carriers'
import { listGuides } from '@/lib/queries/guides'

// Read at request time from the tagged data cache (a build has no database); hooks keep it fresh.
export const dynamic = 'force-dynamic'

type Entry = MetadataRoute.Sitemap[number]

/**
 * One entry per page and locale it is translated into, each listing its alternates (the same
 * page in the other translated locales). Untranslated fallbacks are left out.
 */
function entries(
  pages: {
    path: (l: Locale) => string
    translated: (l: Locale) => boolean
    lastModified?: string
  }[],
) {
  const url = (path: string) => `${env.serverUrl()}${path}`
  return pages.flatMap(({ path, translated, lastModified }) => {
    const present = locales.filter(translated)
    const languages = Object.fromEntries(present.map((l) => [localeInfo[l].hreflang, url(path(l))]))
    return present.map((l): Entry => ({
      url: url(path(l)),
      lastModified,
      alternates: { languages },
    }))
  })
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [guides, { carriers, channels }] = await Promise.all([listGuides(), listCarriers()])
  const everywhere = () => true
  return entries([
    ...[paths.home, paths.guides, paths.faq, paths.carriers, paths.reminder].map((path) => ({
      path,
      translated: everywhere,
    })),
    ...guides.map((g) => ({
      path: (l: Locale) => paths.guide(l, pickLocale<string>(g.slug, l)),
      translated: (l: Locale) => hasTranslation(g.title, l),
      lastModified: g.updatedAt,
    })),
    ...carriers.map((c) => ({
      path: (l: Locale) => paths.carrier(l, c.slug),
      translated: (l: Locale) => hasTranslation(c.description, l),
      lastModified: c.updatedAt,
    })),
    ...channels.map((c) => ({
      path: (l: Locale) => paths.channel(l, c.slug),
      translated: (l: Locale) => hasTranslation(c.name, l),
    })),
  ])
}
