import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { startApp } from './app'
import { startTestDatabase } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /** The `npm start` launcher's process (its descendants include the Next server). */
    appPid: number
    /** Superuser connection to the cluster's maintenance database, to simulate an outage. */
    e2eAdminUrl: string
    e2eDatabase: string
    /** Everything the server has written to stdout and stderr so far. */
    serverLogFile: string
  }
}

/** `npm start`'s own launcher against a throw-away embedded Postgres, for the browser tests. */
export default async function setup(project: TestProject) {
  const db = await startTestDatabase('simatlas_e2e')
  let app: Awaited<ReturnType<typeof startApp>>
  const logDir = mkdtempSync(path.join(tmpdir(), 'simatlas-e2e-'))
  const serverLogFile = path.join(logDir, 'server.log')
  try {
    app = await startApp(db.url, { logFile: serverLogFile })
  } catch (error) {
    await db.dispose()
    throw error
  }
  project.provide('baseUrl', app.baseUrl)
  project.provide('appPid', app.pid)
  project.provide('e2eAdminUrl', db.urlFor('postgres'))
  project.provide('e2eDatabase', 'simatlas_e2e')
  project.provide('serverLogFile', serverLogFile)
  return async () => {
    await app.stop()
    await db.dispose()
    rmSync(logDir, { recursive: true, force: true })
  }
}
