import { spawn } from 'node:child_process'
import type { TestProject } from 'vitest/node'

import { findFreePort } from '../../src/db/embeddedPostgres'
import { commandEnv, startTestDatabase, testSecret } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

async function waitForServer(url: string, isAlive: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive())
      throw new Error('npm start exited before the site came up (see its output above)')
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`)
}

/**
 * The site as users run it: `npm start`'s own launcher (build if needed, migrate, seed,
 * `next start`) against a throw-away embedded Postgres, on a free port.
 */
export default async function setup(project: TestProject) {
  const db = await startTestDatabase('simatlas_e2e')
  const port = await findFreePort()
  const app = spawn('node_modules/.bin/tsx', ['src/cli/launch.ts', 'start'], {
    env: commandEnv({ DATABASE_URL: db.url, PAYLOAD_SECRET: testSecret, PORT: String(port) }),
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  })
  let exited = false
  app.once('exit', () => (exited = true))

  const baseUrl = `http://127.0.0.1:${port}`
  try {
    await waitForServer(`${baseUrl}/zh`, () => !exited, 10 * 60_000)
  } catch (error) {
    if (!exited && app.pid) process.kill(-app.pid, 'SIGKILL')
    await db.dispose()
    throw error
  }
  project.provide('baseUrl', baseUrl)

  return async () => {
    if (!exited && app.pid) {
      process.kill(-app.pid, 'SIGTERM')
      await new Promise((resolve) => app.once('exit', resolve))
    }
    await db.dispose()
  }
}
