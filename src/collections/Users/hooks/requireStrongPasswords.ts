import { APIError, type CollectionBeforeOperationHook } from 'payload'

export const minPasswordLength = 12

/** Passwords of 12 characters or more that appear near the top of every leaked-password list. */
const commonPasswords = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123123123123',
  '1q2w3e4r5t6y',
  'qwertyuiop12',
  'qwertyuiopasdfgh',
  'qwerty123456',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'iloveyou1234',
  'welcome12345',
  'administrator',
  'letmein12345',
  'changeme1234',
  'simatlas1234',
])

/** Why a password is too weak to set, or undefined when it will do. */
export function passwordProblem(password: string, email?: unknown): string | undefined {
  const tooWeak = `Choose a password of at least ${minPasswordLength} characters that is not a common one (a few unrelated words work well).`
  if (password.length < minPasswordLength) return tooWeak
  const lower = password.toLowerCase()
  if (commonPasswords.has(lower)) return tooWeak
  // One character repeated, or two or three in turn ("abababababab").
  if (new Set(lower).size < 4) return tooWeak
  if (typeof email === 'string' && lower === email.toLowerCase().trim()) return tooWeak
  return undefined
}

/**
 * Payload accepts any password of 3 characters or more. This refuses weak ones wherever a
 * password is set: creating a user (first-register too), changing it (PATCH, single or bulk)
 * and resetting it with a token.
 */
export const requireStrongPasswords: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return args
  const data = ((args as { data?: unknown }).data ?? {}) as { password?: unknown; email?: unknown }
  if (typeof data.password !== 'string' || data.password === '') return args
  const problem = passwordProblem(data.password, data.email)
  if (problem)
    throw new APIError(problem, 400, { errors: [{ path: 'password', message: problem }] })
  return args
}
