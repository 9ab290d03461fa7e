import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')

/** Runs a module under tsx, as the launcher and check:generated run. */
function run(source: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simatlas-load-'))
  const file = path.join(dir, 'script.mts')
  fs.writeFileSync(file, source)
  try {
    return spawnSync(tsx, [file], { encoding: 'utf8', timeout: 30_000 })
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const loader = JSON.stringify(path.join(root, 'src/cli/loadModule.ts'))

describe('loadModule (the CLI tools’ dynamic imports)', () => {
  it('holds the process open and names a module that never loads, instead of a silent exit 13', () => {
    // Guard: without it, a pending import with nothing else to wait for ends the process quietly.
    expect(run('await new Promise(() => {})\n').status).toBe(13)
    const held = run(
      `import { loadModule } from ${loader}\n` +
        `await loadModule(() => new Promise(() => {}), 'the config', 500)\n`,
    )
    expect(held.status).toBe(1)
    expect(held.stderr).toContain('Loading the config did not finish within 0.5 s.')
  })

  it('gives the module once it has loaded', () => {
    const loaded = run(
      `import { loadModule } from ${loader}\n` +
        `const m = await loadModule(() => import('node:path'), 'path')\n` +
        `console.log(m.sep)\n`,
    )
    expect(loaded.status, loaded.stderr).toBe(0)
    expect(loaded.stdout.trim()).toBe('/')
  })
})
