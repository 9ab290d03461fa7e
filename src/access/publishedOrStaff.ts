import type { Access } from 'payload'

import { isStaff } from './isStaff'

/**
 * Team members read everything, drafts included; everyone else reads published documents only.
 * Returning a query (not `false`) lets anonymous REST, GraphQL and Local API reads list what is
 * public instead of failing.
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaff({ req })) return true
  return { _status: { equals: 'published' } }
}
