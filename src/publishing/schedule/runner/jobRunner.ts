import { env } from '@/env'

import { runnerLock, type RunnerLock } from './runnerLock'
import { runnerToken, runnerTokenHeader } from './runnerToken'

/**
 * Runs the jobs queue (scheduled publish and unpublish) every `SIMATLAS_JOBS_INTERVAL_SECONDS`,
 * started once per server process by `src/instrumentation.ts`, on the instance holding the
 * runner lock.
 *
 * Not Payload's `jobs.autoRun`: it calls `payload.jobs.run()` from a cron callback, outside any
 * request, where Next's `revalidateTag` throws "static generation store missing" (which
 * `expireTags` ignores), so a scheduled publish would leave the pages stale (payloadcms/payload
 * #16392, open: revalidation does not work in jobs). Instead the server
 * asks itself over loopback, `GET /api/payload-jobs/run`, authorised by a per-process token
 * (`runnerToken`): the jobs then run inside a Next request and expire the cache tags like a
 * publish from the admin.
 */
const started = Symbol.for('simatlas.jobRunner')

type Logger = { info: (msg: string) => void; error: (msg: string, err?: unknown) => void }

export function startJobRunner({ logger }: { logger: Logger }): (() => Promise<void>) | null {
  const store = globalThis as typeof globalThis & { [started]?: true }
  const seconds = env.jobsIntervalSeconds()
  if (store[started] || seconds === 0) return null
  store[started] = true

  const lock: RunnerLock = runnerLock(env.databaseUrl())
  const url = `http://127.0.0.1:${env.port()}/api/payload-jobs/run?limit=20`
  let running = false
  let wasRunner: boolean | null = null // unknown until the first tick

  const tick = async () => {
    if (running) return // a slow run is not overtaken by the next tick
    running = true
    try {
      const runner = await lock.held()
      if (runner !== wasRunner) {
        logger.info(
          runner
            ? `This instance runs the jobs queue (every ${seconds} s).`
            : 'Another instance runs the jobs queue.',
        )
        wasRunner = runner
      }
      if (!runner) return
      const response = await fetch(url, { headers: { [runnerTokenHeader]: runnerToken() } })
      if (!response.ok) logger.error(`Running the jobs queue answered ${response.status}`)
    } catch (err) {
      logger.error('Could not run the jobs queue', err)
    } finally {
      running = false
    }
  }

  const timer = setInterval(() => void tick(), seconds * 1000)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await lock.release()
  }
}
