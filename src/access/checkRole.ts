import type { User } from '@/payload-types'

import type { Role } from './roles'

/** True when a signed-in user holds one of the given roles. Every access helper builds on this. */
export function checkRole(allowed: readonly Role[], user: User | null | undefined): boolean {
  return Boolean(user?.role && allowed.includes(user.role))
}
