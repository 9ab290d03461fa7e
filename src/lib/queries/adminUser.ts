import { headers } from 'next/headers'
import type { Payload } from 'payload'
import { cache } from 'react'

import type { User } from '@/payload-types'

/**
 * The signed-in user an admin render is for, authenticated once per request: Payload's list
 * cells are not given the request, so the cells that read as the user (zh titles, translation
 * state) share this.
 */
export const adminUser = cache(async (payload: Payload): Promise<User | null> => {
  const { user } = await payload.auth({ headers: await headers() })
  return (user as User | null) ?? null
})
