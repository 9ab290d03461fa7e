import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { clearAttempts, openWindowEnd, reserveAttempt, type Limit } from '@/auth/attemptThrottle'
import { keyedHash } from '@/auth/clientKey'
import { inAdminLanguage } from '@/i18n/admin/languages'
import type { User } from '@/payload-types'

const pbkdf2Async = promisify(pbkdf2)

/**
 * Payload's current password hash parameters (node_modules/payload/dist/auth/strategies/local/
 * generatePasswordSaltHash.js, 3.90: pbkdf2-sha256-v1, 600,000 iterations, 32 bytes); not
 * exported, so repeated here. tests/int/accounts.int.spec.ts fails if the timings drift apart.
 */
const payloadHash = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const

/** The same work Payload does to check a password against a stored hash. */
async function hashLikeAPasswordCheck(password: string) {
  const salt = randomBytes(32).toString('hex')
  await pbkdf2Async(
    password,
    salt,
    payloadHash.iterations,
    payloadHash.keyLength,
    payloadHash.digest,
  )
}

/**
 * The words shown to someone signing in to a locked account, with when the lock ends, in the
 * request's language (Payload's `req.i18n.language`: its admin language cookie, else
 * Accept-Language, else English).
 */
export function lockedAccountMessage(until?: Date, language?: string) {
  const time = until ? `${until.toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''
  return inAdminLanguage(
    {
      en: `This account is locked after too many failed sign-in attempts${time && ` until ${time}`}. Try again later, or ask an admin to unlock it.`,
      ru: `Учётная запись заблокирована после слишком многих неудачных попыток входа${time && ` до ${time}`}. Попробуйте позже или попросите администратора разблокировать её.`,
      zh: `登录失败次数过多，此账号已被锁定${time && `，直到 ${time}`}。请稍后再试，或请管理员解锁。`,
    },
    language,
  )
}

type LockSettings = { maxLoginAttempts: number; lockTime: number }

/**
 * An email with no account is "locked" exactly as an account would be: Payload locks an account
 * on its `maxLoginAttempts`-th wrong password for `lockTime` and says so from the next sign-in on;
 * if an unknown email
 * kept answering "incorrect", the lock message alone would tell which emails have accounts. So
 * its failures are counted too (a keyed hash of the email, in `auth_throttle`), and the same
 * answers come at the same attempts.
 */
async function failUnknownEmail(
  req: Parameters<CollectionBeforeOperationHook>[0]['req'],
  email: string,
  password: string,
  { maxLoginAttempts, lockTime }: LockSettings,
) {
  const key = keyedHash(req, 'sign-in-email', email)
  const lock: Limit = { scope: 'login:unknown-lock', max: 0, windowSeconds: lockTime / 1000 }
  const lockedUntil = await openWindowEnd(req.payload, lock, key)
  // A locked account is refused before its password is checked, so this answers as fast.
  if (lockedUntil) throw new APIError(lockedAccountMessage(lockedUntil, req.i18n?.language), 401)
  await hashLikeAPasswordCheck(password)
  const failures: Limit = {
    scope: 'login:unknown',
    max: maxLoginAttempts - 1,
    // Payload's attempt count has no window of its own; a day is plenty for a script's run.
    windowSeconds: 24 * 60 * 60,
  }
  const counted = await reserveAttempt(req.payload, failures, key)
  if (counted.allowed) return
  // The failure that locks is still answered "incorrect"; the next ones are told of the lock.
  await clearAttempts(req.payload, failures, key)
  await reserveAttempt(req.payload, lock, key)
}

/**
 * Before Payload checks a sign-in: for an email with no account, Payload answers at once while a
 * known account costs a password hash (about 11 ms against 128 ms), which tells anyone which
 * emails have accounts; here the unknown email costs the same hash. A locked account is told so,
 * with the time the lock ends, instead of Payload's bare "locked".
 */
export const checkAccountBeforeSignIn: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  // Payload itself answers a missing email or password with a validation error.
  if (
    typeof email !== 'string' ||
    !email.trim() ||
    typeof password !== 'string' ||
    !password.trim()
  ) {
    return args
  }
  const user = await req.payload.db.findOne<User>({
    collection: collection.slug,
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  })
  if (!user) {
    const auth = collection.auth as Partial<LockSettings>
    await failUnknownEmail(req, email.toLowerCase().trim(), password, {
      maxLoginAttempts: auth.maxLoginAttempts ?? 5,
      lockTime: auth.lockTime ?? 600_000,
    })
    return args
  }
  const lockUntil = user.lockUntil ? new Date(user.lockUntil) : undefined
  if (lockUntil && lockUntil.getTime() > Date.now()) {
    throw new APIError(lockedAccountMessage(lockUntil, req.i18n?.language), 401)
  }
  return args
}
