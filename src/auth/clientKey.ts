import { createHash } from 'node:crypto'
import type { PayloadRequest } from 'payload'

/**
 * The client's address as a keyed hash, so limits can count per client without storing
 * addresses. The server sets X-Forwarded-For to the one address it can trust
 * (src/server/setClientAddress.cjs), whatever the client sent. Sign-in limits and the vote
 * limit both count by it.
 */
export function clientKey(req: PayloadRequest): string {
  const address = req.headers.get('x-forwarded-for')?.trim() || 'unknown'
  return createHash('sha256').update(`${req.payload.secret}:${address}`).digest('hex')
}

/** A keyed hash of any other value a limit counts by (an email address), never the value itself. */
export function keyedHash(req: PayloadRequest, kind: string, value: string): string {
  return createHash('sha256').update(`${req.payload.secret}:${kind}:${value}`).digest('hex')
}
