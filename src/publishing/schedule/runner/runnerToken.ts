import { randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * The secret with which this server process asks itself to run the jobs queue
 * (`GET /api/payload-jobs/run`, see `jobRunner.ts`). Random per process and kept in memory only,
 * on `globalThis` because Next bundles `instrumentation.ts` and the API route separately (two
 * copies of this module, one process). Nobody outside the process can know it.
 */
const key = Symbol.for('simatlas.jobRunnerToken')
type WithToken = typeof globalThis & { [key]?: string }

export const runnerTokenHeader = 'x-simatlas-job-runner'

export function runnerToken(): string {
  const store = globalThis as WithToken
  return (store[key] ??= randomBytes(32).toString('hex'))
}

/** True when a request carries this process' runner token (and one was ever made here). */
export function carriesRunnerToken(headers: Headers): boolean {
  const own = (globalThis as WithToken)[key]
  const sent = headers.get(runnerTokenHeader)
  if (!own || !sent) return false
  const a = Buffer.from(own)
  const b = Buffer.from(sent)
  return a.length === b.length && timingSafeEqual(a, b)
}
