/**
 * `npm run generate:types`, `npm run generate:importmap` and `npm run check:generated`.
 *
 * Payload's generators read the config but never connect, so placeholders stand in for the
 * database and secret when none are set. `check` regenerates both files into a temporary folder
 * and fails when they differ from the committed ones (CI fails on drift).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = process.cwd()
const payloadBin = path.join(root, 'node_modules', '.bin', 'payload')
const committed = {
  types: path.join(root, 'src', 'payload-types.ts'),
  importmap: path.join(root, 'src', 'app', '(payload)', 'admin', 'importMap.js'),
}

process.env.DATABASE_URL ||= 'postgres://generate:unused@127.0.0.1:1/unused'
process.env.PAYLOAD_SECRET ||= 'generate-only'

function generate(kind: 'types' | 'importmap', output?: string) {
  const env = { ...process.env }
  if (output && kind === 'types') env.PAYLOAD_TYPES_OUTPUT = output
  if (output && kind === 'importmap') env.PAYLOAD_IMPORT_MAP_OUTPUT = output
  const result = spawnSync(payloadBin, [`generate:${kind}`], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  if (result.status !== 0) {
    process.stdout.write(result.stdout)
    throw new Error(`payload generate:${kind} failed`)
  }
}

const command = process.argv[2]
if (command === 'types' || command === 'importmap') {
  generate(command)
} else if (command === 'check') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simatlas-generated-'))
  const drift: string[] = []
  for (const kind of ['types', 'importmap'] as const) {
    const fresh = path.join(dir, path.basename(committed[kind]))
    generate(kind, fresh)
    if (fs.readFileSync(fresh, 'utf8') !== fs.readFileSync(committed[kind], 'utf8')) {
      drift.push(
        `${path.relative(root, committed[kind])} (run \`npm run generate:${kind}\` and commit it)`,
      )
    }
  }
  fs.rmSync(dir, { recursive: true, force: true })
  if (drift.length) {
    console.error(
      `✖ Generated files are out of date with payload.config.ts:\n  ${drift.join('\n  ')}`,
    )
    process.exit(1)
  }
  console.log('✓ payload-types.ts and the admin import map match the config')
} else {
  console.error('Usage: generated.ts types | importmap | check')
  process.exit(2)
}
