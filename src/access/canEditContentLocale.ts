import type { Access } from 'payload'

import { checkRole } from './checkRole'

/**
 * Editors and admins update in every locale. A translator updates only while the request's
 * locale is one of their own, so a write to another locale (or to `all` at once) is refused on
 * the server, whatever the admin UI shows.
 */
export const canEditContentLocale: Access = ({ req }) => {
  const { user, locale } = req
  if (checkRole(['admin', 'editor'], user)) return true
  if (!checkRole(['translator'], user)) return false
  return Boolean(locale && user?.editableLocales?.includes(locale as never))
}
