import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { zh } from '@payloadcms/translations/languages/zh'

import { lockedAccountMessage } from '@/collections/Users/hooks/checkAccountBeforeSignIn'

import { adminLanguages, fallbackAdminLanguage } from './languages'

/**
 * Payload's `i18n`: its own strings in zh, ru and en (kept apart from `languages.ts`, which client
 * components import, as each language is a large module), and where we change its words: the
 * locked-account message in our terms, and Russian "Search by", which lost its field name.
 */
export const payloadI18n = {
  supportedLanguages: { zh, ru, en },
  fallbackLanguage: fallbackAdminLanguage,
  translations: Object.fromEntries(
    adminLanguages.map((language) => [
      language,
      {
        error: { userLocked: lockedAccountMessage(undefined, language) },
        ...(language === 'ru' && { general: { searchBy: 'Искать по: {{label}}' } }),
      },
    ]),
  ),
}
