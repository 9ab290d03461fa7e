/**
 * `npm run generate:types`, `npm run generate:importmap` and `npm run check:generated`.
 *
 * Payload's generators read the config but never connect, so placeholders stand in for the
 * database and secret when none are set. `check` regenerates both files, compares them with the
 * committed ones, puts the committed ones back and fails on any difference (CI fails on drift).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const payloadBin = path.join(root, 'node_modules', '.bin', 'payload')
const files = {
  types: path.join(root, 'src', 'payload-types.ts'),
  importmap: path.join(root, 'src', 'app', '(payload)', 'admin', 'importMap.js'),
}
type Kind = keyof typeof files

process.env.DATABASE_URL ||= 'postgres://generate:unused@127.0.0.1:1/unused'
process.env.PAYLOAD_SECRET ||= 'generate-only'

function generate(kind: Kind) {
  const result = spawnSync(payloadBin, [`generate:${kind}`], {
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
  const drift: string[] = []
  for (const kind of Object.keys(files) as Kind[]) {
    const committed = fs.readFileSync(files[kind], 'utf8')
    try {
      generate(kind)
      if (fs.readFileSync(files[kind], 'utf8') !== committed) {
        drift.push(
          `${path.relative(root, files[kind])} (run \`npm run generate:${kind}\` and commit it)`,
        )
      }
    } finally {
      fs.writeFileSync(files[kind], committed)
    }
  }
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
