import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'
import { apiClient } from './api'

/** The password of every staff account the integration tests create. */
export const staffPassword = 'correct-horse-battery'

/**
 * A staff account made through the Local API (as an admin would in /admin). A translator edits
 * Russian unless `extra` says otherwise.
 */
export function createStaff(
  payload: Payload,
  email: string,
  role: User['role'],
  extra: Partial<User> = {},
) {
  const locales = role === 'translator' ? { editableLocales: ['ru'] } : {}
  return payload.create({
    collection: 'users',
    data: { email, password: staffPassword, role, ...locales, ...extra } as User,
  })
}

/** Signs in through the app's REST route, as the admin does; the session token. */
export async function signIn(email: string, password = staffPassword): Promise<string> {
  const { status, json } = await (await apiClient()).post('/users/login', { email, password })
  if (status !== 200) throw new Error(`signing in as ${email}: ${status} ${JSON.stringify(json)}`)
  return (json as { token: string }).token
}
