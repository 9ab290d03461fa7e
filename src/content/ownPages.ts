import { defaultLocale } from '@/i18n/locales'

import {
  publicCollections,
  publicCollectionSlugs,
  type PublicCollection,
} from './publicCollections'

/**
 * The public collections whose documents each have a page of their own: their path has no `#`.
 * FAQs are anchors on the FAQ page: no title or description of their own in search results, and
 * an old anchor never reaches the server (browsers keep the fragment to themselves), so they
 * get neither SEO fields nor redirects.
 */
export const pageCollections: PublicCollection[] = publicCollectionSlugs.filter(
  (slug) => !publicCollections[slug].path(defaultLocale, 'x').includes('#'),
)

export const hasOwnPage = (collection: string): collection is PublicCollection =>
  (pageCollections as string[]).includes(collection)
