import type { Locale } from '@/i18n/locales'

const seg = (slug: string) => encodeURIComponent(slug)

/** Every public URL the site builds, in one place. */
export const paths = {
  home: (locale: Locale) => `/${locale}`,
  guides: (locale: Locale) => `/${locale}/guides`,
  guide: (locale: Locale, slug: string) => `/${locale}/guides/${seg(slug)}`,
  faq: (locale: Locale, anchor?: string) => `/${locale}/faq${anchor ? `#${anchor}` : ''}`,
  carriers: (locale: Locale) => `/${locale}/carriers`,
  carrier: (locale: Locale, slug: string) => `/${locale}/carriers/${seg(slug)}`,
  channel: (locale: Locale, slug: string) => `/${locale}/channels/${seg(slug)}`,
  search: (locale: Locale, query?: string) =>
    `/${locale}/search${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  reminder: (locale: Locale) => `/${locale}/tools/renewal-reminder`,
}

/** For each locale, the URL of the same page there, or null where it has no translation. */
export type Alternates = Partial<Record<Locale, string | null>>
