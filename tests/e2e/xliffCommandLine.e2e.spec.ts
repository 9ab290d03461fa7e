import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp } from '../support/app'
import { commandEnv } from '../support/testDatabase'

/**
 * `npm run xliff` beside a running `npm start` on the embedded Postgres, as an operator would:
 * the commands use the running database instead of failing on a data directory in use, and the
 * site shows an imported translation at once (the server applies it and expires its pages).
 */
let dataDir: string
let app: Awaited<ReturnType<typeof startApp>>

function xliff(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/tsx', ['src/cli/launch.ts', 'xliff', ...args], {
      env: commandEnv({ SIMATLAS_DATA_DIR: dataDir, DATABASE_URL: '', PAYLOAD_SECRET: '' }),
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    child.once('exit', (code) => {
      console.log(`npm run xliff -- ${args[0]}: exit ${code} after ${Date.now() - started} ms`)
      resolve({ code, stdout, stderr })
    })
  })
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'simatlas-xliff-'))
  chmodSync(dataDir, 0o755)
  app = await startApp(undefined, { quiet: true, env: { SIMATLAS_DATA_DIR: dataDir } })
}, 600_000)
afterAll(async () => {
  await app?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('npm run xliff beside npm start', () => {
  it('exports from the running database and imports through the running site, which shows the text at once', async () => {
    const { docs } = (await (
      await fetch(`${app.baseUrl}/api/guides?locale=ru&depth=0&limit=1&sort=id`)
    ).json()) as { docs: { id: number; slug: string; title: string }[] }
    const guide = docs[0]
    const page = `${app.baseUrl}/ru/guides/${guide.slug}`
    // The page is rendered and cached before the import.
    expect(await (await fetch(page)).text()).toContain(guide.title)

    const file = path.join(dataDir, 'guide.ru.xlf')
    const exported = await xliff([
      'export',
      '--locale',
      'ru',
      '--collection',
      'guides',
      '--id',
      String(guide.id),
      '--out',
      file,
    ])
    expect(exported.stderr).toMatch(/Using the embedded Postgres already running/)
    expect(exported.code).toBe(0)
    const xml = readFileSync(file, 'utf8')
    expect(xml).toContain(`<trans-unit id="guides/${guide.id}/title"`)

    // To stdout, nothing but the file.
    const toStdout = await xliff([
      'export',
      '--locale',
      'ru',
      '--collection',
      'guides',
      '--id',
      String(guide.id),
    ])
    expect(toStdout.code).toBe(0)
    expect(toStdout.stdout).toBe(xml)

    const title = `Импорт XLIFF ${Date.now()}`
    const translated = xml.replace(
      new RegExp(`(id="guides/${guide.id}/title"[\\s\\S]*?<target[^>]*>)[^<]*`),
      `$1${title}`,
    )
    writeFileSync(file, translated)
    const imported = await xliff(['import', file, '--as', 'translator.ru@simatlas.test'])
    expect(imported.stderr).toMatch(
      /The site is running at http:\/\/127\.0\.0\.1:\d+: it imports the file/,
    )
    expect(imported.stderr).toMatch(new RegExp(`✔ guides/${guide.id}: 1 unit\\(s\\) published`))
    expect(imported.code).toBe(0)
    const html = await (await fetch(page)).text()
    expect(html).toContain(title)

    // A refused file: exit code 1, the problem named by its unit, nothing written.
    const broken = translated.replace(
      new RegExp(`(id="guides/${guide.id}/title"[\\s\\S]*?<source>)`),
      '$1x',
    )
    writeFileSync(file, broken.replace(title, `${title} (again)`))
    const refused = await xliff(['import', file])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(
      `✖ guides/${guide.id}/title: the source changed since the export`,
    )
    expect(await (await fetch(page)).text()).not.toContain(`${title} (again)`)
  }, 900_000)
})
