import { spawn, type ChildProcess } from 'node:child_process'

type Options = {
  command: string
  args: string[]
  /** True once the launcher is shutting down: an exit then is expected, not a crash. */
  stopping: () => boolean
  /** Told about each new server process (and `undefined` when it is gone), for shutdown. */
  onChild: (child: ChildProcess | undefined) => void
  /** First delay before a restart; it doubles with each crash in a row, up to `maxDelayMs`. */
  initialDelayMs?: number
  maxDelayMs?: number
  /** A server that ran this long before crashing counts as healthy: the next delay starts over. */
  healthyAfterMs?: number
  log?: (message: string) => void
}

/**
 * Keeps `next start` running: when it exits without being asked to (a crash, the heap limit, a
 * kill by the OOM killer or an operator), it is started again after a delay that doubles with
 * each crash in a row (1 s, 2 s, 4 s … 30 s) and starts over after a healthy run, while the
 * embedded Postgres, which the launcher owns, keeps running. Every restart is logged with how
 * the server ended. Resolves once the server exits while the launcher is stopping.
 */
export function superviseServer({
  command,
  args,
  stopping,
  onChild,
  initialDelayMs = 1000,
  maxDelayMs = 30_000,
  healthyAfterMs = 60_000,
  log = (message) => console.error(message),
}: Options): Promise<void> {
  return new Promise((resolve) => {
    let crashesInARow = 0
    const start = () => {
      if (stopping()) return resolve()
      const startedAt = Date.now()
      const child = spawn(command, args, { stdio: 'inherit', env: process.env })
      onChild(child)
      child.once('exit', (code, signal) => {
        onChild(undefined)
        if (stopping()) return resolve()
        if (Date.now() - startedAt >= healthyAfterMs) crashesInARow = 0
        const delay = Math.min(initialDelayMs * 2 ** crashesInARow, maxDelayMs)
        crashesInARow += 1
        const how = signal ? `signal ${signal}` : `code ${code}`
        log(
          `npm start: the server exited unexpectedly (${how}); restarting it in ${delay / 1000} s (restart ${crashesInARow} in a row). Postgres keeps running.`,
        )
        setTimeout(start, delay)
      })
    }
    start()
  })
}
