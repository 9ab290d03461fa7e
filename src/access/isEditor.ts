import type { Access, FieldAccess } from 'payload'

import { checkRole } from './checkRole'

/** Editors and admins: they create and delete content and edit the shared (non-localized) facts. */
export const isEditor: Access = ({ req }) => checkRole(['admin', 'editor'], req.user)

/** Field-level twin of `isEditor`: guards non-localized fields from translators. */
export const isEditorField: FieldAccess = ({ req }) => checkRole(['admin', 'editor'], req.user)
