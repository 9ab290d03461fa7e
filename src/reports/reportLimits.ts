import type { Limit } from '@/auth/attemptThrottle'

/** How much a reader may write, and how often one client address may report. */
export const reportLimits = {
  /** Characters in "what is wrong" and in "what is right", each. */
  textLength: 1000,
  /** Reports one client address may send an hour, across all pages (429 beyond). */
  perClient: { scope: 'report:client', max: 10, windowSeconds: 60 * 60 } satisfies Limit,
}
