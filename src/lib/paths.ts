import { publicCollections } from '@/content/publicCollections'
import type { Locale } from '@/i18n/locales'

/**
 * Every public URL the site builds, in one place: the pages that are not a document's, and the
 * documents' own (from the registry, `publicCollections[c].path`).
 */
export const paths = {
  home: (locale: Locale) => `/${locale}`,
  guides: (locale: Locale) => `/${locale}/guides`,
  guide: publicCollections.guides.path,
  /** The FAQ page, or one question on it (`publicCollections.faqs.path`). */
  faq: (locale: Locale, anchor?: string) =>
    anchor ? publicCollections.faqs.path(locale, anchor) : `/${locale}/faq`,
  carriers: (locale: Locale) => `/${locale}/carriers`,
  carrier: publicCollections.carriers.path,
  channel: publicCollections.channels.path,
  search: (locale: Locale, query?: string) =>
    `/${locale}/search${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  reminder: (locale: Locale) => `/${locale}/tools/renewal-reminder`,
}

/** For each locale, the URL of the same page there, or null where it has no translation. */
export type Alternates = Partial<Record<Locale, string | null>>
