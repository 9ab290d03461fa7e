import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import { isLocale, type Locale } from './locales'

/**
 * The locale of a `[locale]` route, validated. Next renders a layout and its page in parallel,
 * so the page cannot rely on the layout's check: an unknown value (say `favicon.ico`) must be a
 * 404 here too, before it reaches a database query.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  return locale
}
