import { defaultLocale, localeInfo, locales, type Locale } from '@/i18n/locales'
import { env } from '@/env'
import { paths } from '@/lib/paths'
import { hasTranslation, pickLocale } from '@/lib/pickLocale'
import { listCarriers } from '@/lib/queries/carriers'
import { listGuides } from '@/lib/queries/guides'

export type SitemapEntry = {
  url: string
  lastModified?: string
  /** hreflang → URL of the same page in each translated locale, plus x-default (the zh source). */
  alternates: Record<string, string>
}

type Page = {
  path: (l: Locale) => string
  translated: (l: Locale) => boolean
  lastModified?: string
}

/**
 * One entry per page and locale it is translated into, each listing its alternates (the same
 * page in the other translated locales), as the pages' own hreflang links do. Untranslated
 * fallbacks are left out.
 */
function entriesOf(pages: Page[]): SitemapEntry[] {
  const url = (path: string) => `${env.serverUrl()}${path}`
  return pages.flatMap(({ path, translated, lastModified }) => {
    const present = locales.filter(translated)
    const alternates = Object.fromEntries(
      present.map((l) => [localeInfo[l].hreflang, url(path(l))]),
    )
    if (present.includes(defaultLocale)) alternates['x-default'] = url(path(defaultLocale))
    return present.map((l) => ({ url: url(path(l)), lastModified, alternates }))
  })
}

/** Every public page the sitemap lists, read from the tagged data cache. */
export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const [guides, { carriers, channels }] = await Promise.all([listGuides(), listCarriers()])
  const everywhere = () => true
  return entriesOf([
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
