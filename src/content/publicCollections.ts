/**
 * The one registry of the collections readers see: for each, its slug, its title field, the
 * field that decides whether a locale counts as translated, its public path in a locale, and
 * what the search index holds. Everything that lists or special-cases public collections
 * (cache tags, search, sitemap, seed, feedback, the pages' "is this translated" checks) reads it.
 *
 * Whether a collection has drafts and which documents show a document are not written here:
 * they are derived from the Payload config (`versions.drafts`, relationship fields).
 *
 * A leaf module: it imports only the constants and the locale list, never pages, hooks or lib.
 */
import { locales, type Locale } from '@/i18n/locales'

import { collectionSlugs } from './constants'
import { hasOwnValue, sourceLocaleOf } from './localizedValues'

export type PublicCollection =
  | typeof collectionSlugs.guides
  | typeof collectionSlugs.faqs
  | typeof collectionSlugs.carriers
  | typeof collectionSlugs.channels

type PublicCollectionInfo = {
  slug: PublicCollection
  /** The field shown as the document's title (admin list, search results, links). */
  titleField: string
  /**
   * The field whose own value in a locale makes the document count as translated there. One
   * rule for pages, lists, related links, the sitemap and search. For carriers it is the
   * description, not the name: a carrier's name is the same brand in every language.
   */
  translatedField: string
  /** The public URL of a document in a locale, from its slug in that locale. */
  path: (locale: Locale, slug: string) => string
  /**
   * The field a page's search-engine description falls back to (and the SEO plugin's
   * "auto-generate" fills in); none for FAQs, which have no page of their own.
   */
  descriptionField?: string
  /** Fields whose text the search index holds as the body (the title field is indexed too). */
  searchFields: readonly string[]
  /** Readers may vote on whether it helped; the vote's relation field in `votes`. */
  feedbackField?: string
}

const segment = (slug: string) => encodeURIComponent(slug)

export const publicCollections = {
  guides: {
    slug: collectionSlugs.guides,
    titleField: 'title',
    translatedField: 'title',
    descriptionField: 'summary',
    path: (locale, slug) => `/${locale}/guides/${segment(slug)}`,
    searchFields: ['summary', 'body'],
    feedbackField: 'guide',
  },
  faqs: {
    slug: collectionSlugs.faqs,
    titleField: 'question',
    translatedField: 'question',
    // FAQs have no page of their own: each is an entry of the FAQ page, anchored by its slug.
    path: (locale, slug) => `/${locale}/faq#${segment(slug)}`,
    searchFields: ['answer'],
    feedbackField: 'faq',
  },
  carriers: {
    slug: collectionSlugs.carriers,
    titleField: 'name',
    translatedField: 'description',
    descriptionField: 'description',
    path: (locale, slug) => `/${locale}/carriers/${segment(slug)}`,
    searchFields: ['description', 'facts'],
  },
  channels: {
    slug: collectionSlugs.channels,
    titleField: 'name',
    translatedField: 'name',
    descriptionField: 'summary',
    path: (locale, slug) => `/${locale}/channels/${segment(slug)}`,
    searchFields: ['summary', 'steps', 'pros', 'cautions', 'timeToEffect', 'facts'],
  },
} as const satisfies { [K in PublicCollection]: PublicCollectionInfo & { slug: K } }

export const publicCollectionSlugs = Object.keys(publicCollections) as PublicCollection[]

export function isPublicCollection(value: unknown): value is PublicCollection {
  return typeof value === 'string' && Object.hasOwn(publicCollections, value)
}

/** Public collections readers may vote on: those with a `feedbackField` (guides, FAQs). */
export type FeedbackCollection = {
  [K in PublicCollection]: (typeof publicCollections)[K] extends { feedbackField: string }
    ? K
    : never
}[PublicCollection]

export const feedbackCollections = publicCollectionSlugs.filter(
  (slug) => 'feedbackField' in publicCollections[slug],
) as FeedbackCollection[]

export function isFeedbackCollection(value: unknown): value is FeedbackCollection {
  return (feedbackCollections as unknown[]).includes(value)
}

/** The one translated-rule: the document (read with `locale: 'all'`) has its own text in `locale`. */
export function isTranslated(
  collection: PublicCollection,
  doc: Record<string, unknown>,
  locale: Locale,
): boolean {
  return hasOwnValue(doc[publicCollections[collection].translatedField], locale)
}

/**
 * The locale a document (read with `locale: 'all'`) is shown in to a reader of `locale`: `locale`
 * itself exactly when `isTranslated`, else the locale its translated field falls back to.
 */
export function shownLocaleOf(collection: PublicCollection, doc: object, locale: Locale): Locale {
  const field = (doc as Record<string, unknown>)[publicCollections[collection].translatedField]
  return sourceLocaleOf(field, locale)
}

/** The locales a document (read with `locale: 'all'`) is translated into. */
export function translatedLocalesOf(
  collection: PublicCollection,
  doc: Record<string, unknown>,
): Locale[] {
  return locales.filter((locale) => isTranslated(collection, doc, locale))
}
