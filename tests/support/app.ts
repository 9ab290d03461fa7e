import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'

import { findFreePort } from '../../src/db/embeddedPostgres'
import { commandEnv, testSecret } from './testDatabase'

/** Waits for a 200; `exitedWith` says how the server process ended, if it has. */
async function waitForServer(url: string, exitedWith: () => string | undefined, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const exit = exitedWith()
    if (exit)
      throw new Error(`npm start exited (${exit}) before the site came up (see its output above)`)
    try {
      if ((await fetch(url, { redirect: 'manual' })).status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`)
}

/**
 * The site as users run it: `npm start`'s launcher (build if needed, migrate, seed, `next start`)
 * against the given database (none: its embedded one), on a free port. Resolves once /zh answers. With `logFile`, the
 * server's output is also copied there, for tests of what the server logs.
 */
export async function startApp(
  databaseUrl: string | undefined,
  {
    quiet = false,
    logFile,
    env = {},
  }: { quiet?: boolean; logFile?: string; env?: Record<string, string> } = {},
) {
  const port = await findFreePort()
  // No database URL: the launcher's own embedded Postgres (in SIMATLAS_DATA_DIR), as `npm start`.
  const database = databaseUrl
    ? { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: testSecret }
    : { DATABASE_URL: '', PAYLOAD_SECRET: '' }
  const app = spawn('node_modules/.bin/tsx', ['src/cli/launch.ts', 'start'], {
    env: commandEnv({ ...database, ...env, PORT: String(port) }),
    stdio: [
      'ignore',
      logFile ? 'pipe' : quiet ? 'ignore' : 'inherit',
      logFile ? 'pipe' : 'inherit',
    ],
    detached: true,
  })
  if (logFile) {
    const log = createWriteStream(logFile)
    app.stdout?.on('data', (chunk: Buffer) => {
      if (!quiet) process.stdout.write(chunk)
      log.write(chunk)
    })
    app.stderr?.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk)
      log.write(chunk)
    })
  }
  let exited: string | undefined
  app.once('exit', (code, signal) => (exited = signal ? `signal ${signal}` : `code ${code}`))
  const stop = async () => {
    if (exited || !app.pid) return
    process.kill(-app.pid, 'SIGTERM')
    await new Promise((resolve) => app.once('exit', resolve))
  }
  const baseUrl = `http://127.0.0.1:${port}`
  try {
    await waitForServer(`${baseUrl}/zh`, () => exited, 10 * 60_000)
  } catch (error) {
    if (!exited && app.pid) process.kill(-app.pid, 'SIGKILL')
    throw error
  }
  return { baseUrl, stop, pid: app.pid as number }
}
