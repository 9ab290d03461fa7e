import { collectionSlugs } from '@/content/constants'
import { defaultLocale, localeInfo, locales } from '@/i18n/locales'
import { env } from '@/env'
import { documentAlternates } from '@/lib/documentAlternates'
import type { Alternates } from '@/lib/paths'
import { paths } from '@/lib/paths'
import { listCarriers, type readCarrierList } from '@/lib/queries/carriers'
import { listGuides, type readGuideList } from '@/lib/queries/guides'
import { everyLocale } from '@/lib/seo'

export type SitemapEntry = {
  url: string
  lastModified?: string
  /** hreflang → URL of the same page in each translated locale, plus x-default (the zh source). */
  alternates: Record<string, string>
}

type Page = { alternates: Alternates; lastModified?: string }

/** What the sitemap lists: the public lists, as the queries read them. */
export type SitemapContent = {
  guides: Awaited<ReturnType<typeof readGuideList>>
} & Awaited<ReturnType<typeof readCarrierList>>

/**
 * One entry per page and locale it is translated into, each listing its alternates (the same
 * page in the other translated locales), as the pages' own hreflang links do. Untranslated
 * fallbacks are left out.
 */
function entriesOf(pages: Page[]): SitemapEntry[] {
  const url = (path: string) => `${env.serverUrl()}${path}`
  return pages.flatMap(({ alternates, lastModified }) => {
    const present = locales.flatMap((l) => {
      const path = alternates[l]
      return path ? [{ locale: l, path }] : []
    })
    const links = Object.fromEntries(
      present.map(({ locale, path }) => [localeInfo[locale].hreflang, url(path)]),
    )
    const source = alternates[defaultLocale]
    if (source) links['x-default'] = url(source)
    return present.map(({ path }) => ({ url: url(path), lastModified, alternates: links }))
  })
}

/** The sitemap's entries for the given content; pages and documents judged as the pages judge them. */
export function sitemapEntriesOf({ guides, carriers, channels }: SitemapContent): SitemapEntry[] {
  return entriesOf([
    ...[paths.home, paths.guides, paths.faq, paths.carriers, paths.reminder].map((path) => ({
      alternates: everyLocale(path),
    })),
    ...guides.map((g) => ({
      alternates: documentAlternates(collectionSlugs.guides, g),
      lastModified: g.updatedAt,
    })),
    ...carriers.map((c) => ({
      alternates: documentAlternates(collectionSlugs.carriers, c),
      lastModified: c.updatedAt,
    })),
    ...channels.map((c) => ({ alternates: documentAlternates(collectionSlugs.channels, c) })),
  ])
}

/** Every public page the sitemap lists, read from the tagged data cache. */
export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const [guides, { carriers, channels }] = await Promise.all([listGuides(), listCarriers()])
  return sitemapEntriesOf({ guides, carriers, channels })
}
