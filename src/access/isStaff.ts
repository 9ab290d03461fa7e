import type { PayloadRequest } from 'payload'

import { checkRole } from './checkRole'

/**
 * Any signed-in team member (admin, editor, translator): may open the admin and read drafts.
 * Typed as a plain boolean check so it also serves as the admin-panel gate.
 */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean =>
  checkRole(['admin', 'editor', 'translator'], req.user)
