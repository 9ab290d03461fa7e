/**
 * The one list of cache tags. Public queries tag what they read; the revalidation hooks expire
 * the same tags. Tags carry no locale: a change expires the page in every locale at once.
 */
import type { PublicCollection } from '@/content/publicCollections'

export const TAGS = {
  /** Every list of a collection (home, section pages, sitemap, search results). */
  list: (collection: PublicCollection) => `list:${collection}`,
  /** A document's content, wherever it is shown in full (its own page, in every locale). */
  doc: (collection: PublicCollection, id: number | string) => `doc:${collection}:${id}`,
  /**
   * Which document a slug leads to, found by one of its slugs (in any locale: pages look slugs up across all
   * locales). A lookup that found nothing carries the tag too, so a new document replaces the 404.
   */
  slug: (collection: PublicCollection, slug: string) => `slug:${collection}:${slug}`,
  /** Every redirect lookup (src/lib/queries/redirects.ts): any redirect saved or deleted. */
  redirects: () => 'redirects',
} as const
