import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embeddedPostgres'

/**
 * A throw-away embedded Postgres for a test run: fresh data directory under the system temp
 * folder (opened up so the `postgres` system user can reach it), a free port, removed at the end.
 */
export async function startTestDatabase(
  database: string,
  postgresFlags: string[] = [],
): Promise<EmbeddedDatabase & { dispose: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simatlas-test-'))
  fs.chmodSync(dir, 0o755)
  const db = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'pg'),
    database,
    password: 'test-only',
    postgresFlags,
  })
  return {
    ...db,
    dispose: async () => {
      await db.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

export const testSecret = 'test-secret-not-for-production'

/**
 * The environment for running the project's own commands from tests, as a user would: without
 * vitest's NODE_ENV=test, plus the given variables.
 */
export function commandEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  }
  delete env.NODE_ENV
  return env as unknown as NodeJS.ProcessEnv
}
