import type { PublicCollection } from '@/content/publicCollections'
import type { Locale } from '@/i18n/locales'

/** The draft preview route (src/app/(preview)/preview): staff only, sets draft mode. */
export const previewRoute = '/preview'

/** The preview of one document's page in one locale, as the admin's Live Preview opens it. */
export const previewPath = (collection: PublicCollection, id: number | string, locale: Locale) =>
  `${previewRoute}?${new URLSearchParams({ collection, id: String(id), locale })}`

/** Leaves the preview, back to the page it was left from (or the locale's home). */
export const exitPreviewPath = (locale: Locale) =>
  `${previewRoute}/exit?${new URLSearchParams({ locale })}`

/** Answers of the preview routes are never stored and never indexed. */
export const previewResponseHeaders = {
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex, nofollow',
} as const
