import type { Access } from 'payload'

import { checkRole } from '@/access/checkRole'

/**
 * Who reads translation-status rows: admins and editors all of them, translators the rows of
 * their own locales only (a `where` Payload adds to every REST, GraphQL and Local API read).
 */
export const readTranslationStatus: Access = ({ req }) => {
  const { user } = req
  if (checkRole(['admin', 'editor'], user)) return true
  if (!checkRole(['translator'], user)) return false
  const own = user?.editableLocales ?? []
  return { locale: { in: own.length > 0 ? own : ['__none__'] } }
}
