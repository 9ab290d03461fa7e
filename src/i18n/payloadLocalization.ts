import type { LocalizationConfig } from 'payload'

import { defaultLocale, localeInfo, locales } from './locales'

/** Payload's view of our locales: every reader-facing field falls back to the zh source. */
export const payloadLocalization: LocalizationConfig = {
  locales: locales.map((code) => ({ code, label: localeInfo[code].label })),
  defaultLocale,
  fallback: true,
}
