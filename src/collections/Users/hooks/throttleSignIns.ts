import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { releaseAttempt, reserveAttempt, type Limit } from '@/auth/attemptThrottle'
import { clientKey, keyedHash } from '@/auth/clientKey'

/** Failed sign-ins one client address may make in 15 minutes, across all accounts. */
export const signInLimit: Limit = { scope: 'login:client', max: 10, windowSeconds: 15 * 60 }
/** Password-reset requests per client address, and per email address asked for, an hour. */
export const resetRequestLimits = {
  client: { scope: 'forgot:client', max: 5, windowSeconds: 60 * 60 },
  email: { scope: 'forgot:email', max: 3, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>

const reservedKey = 'signInAttemptReserved'

function tooMany(req: PayloadRequest, message: string, retryAfterSeconds: number) {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('retry-after', String(retryAfterSeconds))
  req.responseHeaders = headers
  const minutes = Math.ceil(retryAfterSeconds / 60)
  return new APIError(`${message} Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, 429)
}

/**
 * Limits sign-ins per client address across accounts (the per-account lock alone lets a script
 * try one password on every account), and password-reset requests per client and per email.
 * REST and GraphQL only: the Local API is our own code. Every attempt is counted before it runs
 * and a successful sign-in gives its count back (`releaseSignInAttempt`), so only failures use up
 * the limit and a parallel burst cannot slip past a check made before any of it failed.
 */
export const throttleSignIns: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  if (operation === 'login') {
    const client = clientKey(req)
    const reservation = await reserveAttempt(req.payload, signInLimit, client)
    if (!reservation.allowed) {
      throw tooMany(
        req,
        'Too many failed sign-ins from this address.',
        reservation.retryAfterSeconds,
      )
    }
    req.context[reservedKey] = client
  }
  if (operation === 'forgotPassword') {
    const byClient = await reserveAttempt(req.payload, resetRequestLimits.client, clientKey(req))
    if (!byClient.allowed) {
      throw tooMany(
        req,
        'Too many password reset requests from this address.',
        byClient.retryAfterSeconds,
      )
    }
    const email = typeof args.data?.email === 'string' ? args.data.email.toLowerCase().trim() : ''
    if (email) {
      const emailKey = keyedHash(req, 'email', email)
      const byEmail = await reserveAttempt(req.payload, resetRequestLimits.email, emailKey)
      // Counted for unknown addresses too, so the answer says nothing about which accounts exist.
      if (!byEmail.allowed) {
        throw tooMany(
          req,
          'Too many password reset requests for this email address.',
          byEmail.retryAfterSeconds,
        )
      }
    }
  }
  return args
}

/** A successful sign-in does not count against the client's limit. */
export const releaseSignInAttempt: CollectionAfterLoginHook = async ({ req }) => {
  const client = req.context[reservedKey]
  if (typeof client === 'string') {
    delete req.context[reservedKey]
    await releaseAttempt(req.payload, signInLimit, client)
  }
}
