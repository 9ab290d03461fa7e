import type { Access } from 'payload'

import { checkRole } from './checkRole'

/**
 * Editors and admins: every document. Translators: the documents whose `locale` field is one of
 * the locales they may edit (readers' reports of a page in their language). Nobody else.
 */
export const editorOrTranslatorOfLocale: Access = ({ req }) => {
  if (checkRole(['admin', 'editor'], req.user)) return true
  if (checkRole(['translator'], req.user)) {
    const own = req.user?.editableLocales ?? []
    return own.length > 0 ? { locale: { in: own } } : false
  }
  return false
}
