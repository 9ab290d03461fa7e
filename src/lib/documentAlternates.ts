import type { LocaleMap } from '@/content/allLocales'
import {
  publicCollections,
  translatedLocalesOf,
  type PublicCollection,
} from '@/content/publicCollections'
import { locales } from '@/i18n/locales'

import type { Alternates } from './paths'
import { localeValue } from './pickLocale'

/**
 * A public document's URL in each locale it is translated into (by the registry's one rule),
 * null in the others: the page's hreflang links, its language switcher and its sitemap entries.
 * `doc` is read with `locale: 'all'`.
 */
export function documentAlternates(
  collection: PublicCollection,
  doc: { slug: LocaleMap<string> | string } & Record<string, unknown>,
): Alternates {
  const translated = translatedLocalesOf(collection, doc)
  return Object.fromEntries(
    locales.map((l) => [
      l,
      translated.includes(l)
        ? publicCollections[collection].path(l, localeValue(doc.slug, l))
        : null,
    ]),
  )
}
