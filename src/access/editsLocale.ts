import type { User } from '@/payload-types'

import { checkRole } from './checkRole'

/**
 * Editors and admins work in every locale; a translator in the locales they edit (the ones the
 * admin lets them open). The one rule behind who may update a locale (`canEditContentLocale`),
 * preview its newest draft (the preview route and draft mode) and schedule its publish. Anyone
 * else, signed in with no role included, gets what readers get.
 */
export function editsLocale(user: User | null | undefined, locale: string | null | undefined) {
  if (checkRole(['admin', 'editor'], user)) return true
  return (
    checkRole(['translator'], user) &&
    Boolean(locale && user?.editableLocales?.includes(locale as never))
  )
}
