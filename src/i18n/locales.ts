/**
 * The single source of truth for SIM Atlas locales. Payload's `localization`, the next-intl
 * router and every page read this list; adding a locale starts here.
 */
export const locales = ['zh', 'ru', 'en'] as const

export type Locale = (typeof locales)[number]

/** Chinese is the source language: content is written in zh first and falls back to it. */
export const defaultLocale: Locale = 'zh'

type LocaleInfo = {
  /** Name of the language in that language, for the language switcher. */
  label: string
  /** BCP 47 tag for `<html lang>` and hreflang. */
  hreflang: string
  /** Open Graph's language_TERRITORY form (og:locale). */
  ogLocale: string
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  zh: { label: '中文', hreflang: 'zh-Hans', ogLocale: 'zh_CN' },
  ru: { label: 'Русский', hreflang: 'ru', ogLocale: 'ru_RU' },
  en: { label: 'English', hreflang: 'en', ogLocale: 'en_US' },
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
