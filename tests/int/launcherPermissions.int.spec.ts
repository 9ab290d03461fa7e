import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

import { commandEnv } from '../support/testDatabase'

const asRoot = process.getuid?.() === 0

// Run as root (CI containers), the launcher opens folders above the data directory to the
// `postgres` system user. Those folders are outside the project: the operator is told.
// Not as root, it leaves them alone and says nothing.
it(
  asRoot
    ? 'says which folder it opened to the postgres user, and how'
    : 'leaves folders above the data directory alone when not run as root',
  () => {
    const closed = fs.mkdtempSync(path.join(os.tmpdir(), 'simatlas-closed-'))
    try {
      expect(fs.statSync(closed).mode & 0o777).toBe(0o700)
      const env = commandEnv({ SIMATLAS_DATA_DIR: path.join(closed, 'data') })
      delete env.DATABASE_URL
      delete env.PAYLOAD_SECRET
      const result = spawnSync('node_modules/.bin/tsx', ['src/cli/launch.ts', 'migrate'], {
        env,
        encoding: 'utf8',
        timeout: 120_000,
      })
      expect(result.status, result.stderr).toBe(0)
      if (asRoot) {
        expect(fs.statSync(closed).mode & 0o777).toBe(0o755)
        expect(result.stderr).toContain(`opened ${closed} to other users (mode 700 → 755)`)
      } else {
        expect(fs.statSync(closed).mode & 0o777).toBe(0o700)
        expect(result.stderr).not.toContain('to other users')
      }
    } finally {
      fs.rmSync(closed, { recursive: true, force: true })
    }
  },
)
