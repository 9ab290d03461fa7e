import { pageCollections } from '@/content/ownPages'
import { publicCollections, type PublicCollection } from '@/content/publicCollections'
import { locales, type Locale } from '@/i18n/locales'

import { comparablePath } from './sitePath'

/** A document's page in a locale, in the form redirects compare paths in. */
export const pagePath = (collection: PublicCollection, locale: Locale, slug: string) =>
  comparablePath(publicCollections[collection].path(locale, slug))

export type PageAddress = { collection: PublicCollection; locale: Locale; slug: string }

/** Which collection's page, in which locale and under which slug, a path is the address of. */
export function parsePagePath(path: string): PageAddress | null {
  for (const collection of pageCollections) {
    for (const locale of locales) {
      // The path of a page whose slug is "x", without the "x".
      const prefix = pagePath(collection, locale, 'x').slice(0, -1)
      if (!path.startsWith(prefix)) continue
      const slug = path.slice(prefix.length)
      if (slug && !slug.includes('/')) return { collection, locale, slug }
    }
  }
  return null
}
