import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '@/access/isStaff'

/**
 * Only staff may read drafts. A public request asking for them (`?draft=true`, GraphQL
 * `draft: true`) reads the published documents instead: otherwise Payload would look at each
 * document's newest version and drop every published document that has a pending draft from
 * the list, although access control already keeps the draft itself hidden.
 */
export const readPublishedForPublic: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  // Our own trusted reads (`overrideAccess`, the Local API's default) may read drafts.
  if (operation !== 'read' || !args.draft || overrideAccess) return args
  if (isStaff({ req })) return args
  return { ...args, draft: false }
}
