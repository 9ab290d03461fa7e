import type { Access } from 'payload'

import { editsLocale } from './editsLocale'

/**
 * Editors and admins update in every locale. A translator updates only while the request's
 * locale is one of their own, so a write to another locale (or to `all` at once) is refused on
 * the server, whatever the admin UI shows.
 */
export const canEditContentLocale: Access = ({ req }) => editsLocale(req.user, req.locale)
