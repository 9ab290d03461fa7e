import { localeInfo } from '@/i18n/locales'

/**
 * The languages the admin speaks: the same three as the content, each person choosing theirs
 * (the users' `adminLanguage` field). Payload's own strings come from @payloadcms/translations;
 * ours from the `{ zh, ru, en }` records in this folder.
 */
export const adminLanguages = ['zh', 'ru', 'en'] as const

export type AdminLanguage = (typeof adminLanguages)[number]

/** What a string falls back to when a language is missing (Payload's `fallbackLanguage` too). */
export const fallbackAdminLanguage: AdminLanguage = 'en'

/** Each language's name in itself, for the users' language field. */
export const adminLanguageNames: Record<AdminLanguage, string> = {
  zh: '中文',
  ru: 'Русский',
  en: 'English',
}

/** A text in each admin language. Payload takes these records for labels and descriptions. */
export type AdminText = Record<AdminLanguage, string>

export function isAdminLanguage(value: unknown): value is AdminLanguage {
  return typeof value === 'string' && (adminLanguages as readonly string[]).includes(value)
}

/** The text of `record` in `language` (Payload's `i18n.language`), else in English. */
export function inAdminLanguage<T>(record: Record<AdminLanguage, T>, language: unknown): T {
  return record[isAdminLanguage(language) ? language : fallbackAdminLanguage]
}

/** Payload's language cookie (its `cookiePrefix` is the default, `payload`). */
export const adminLanguageCookie = { name: 'payload-lng', maxAge: 60 * 60 * 24 * 365 }

/** `<html lang>` of the admin in `language` (the content's BCP 47 tags: zh is zh-Hans). */
export function htmlLangOfAdminLanguage(language: string): string {
  return isAdminLanguage(language) ? localeInfo[language].hreflang : language
}
