import type { Access, FieldAccess } from 'payload'

import { checkRole } from './checkRole'

/** Admins only: user management and roles. */
export const isAdmin: Access = ({ req }) => checkRole(['admin'], req.user)

/** Field-level twin of `isAdmin`, for fields such as a user's role. */
export const isAdminField: FieldAccess = ({ req }) => checkRole(['admin'], req.user)
