import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

import { checkRole } from './checkRole'

/**
 * Who may see a page's newest draft through the preview route: editors and admins in every
 * locale, translators in the locales they edit (the ones the admin lets them open). Anyone else,
 * signed in with no role included, sees what readers see.
 */
export function mayPreview(user: User | null | undefined, locale: Locale): boolean {
  if (checkRole(['admin', 'editor'], user)) return true
  return checkRole(['translator'], user) && Boolean(user?.editableLocales?.includes(locale))
}
