import type { CollectionBeforeChangeHook } from 'payload'

import { collectionSlugs } from '@/content/constants'
import type { User } from '@/payload-types'

/**
 * The first account created on an empty installation becomes an admin, whatever role was asked
 * for, so a new installation can always be administered.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({
    collection: collectionSlugs.users,
    req,
    overrideAccess: true,
  })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
