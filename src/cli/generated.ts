/**
 * `npm run generate:types`, `npm run generate:importmap` and `npm run check:generated`.
 *
 * Payload's generators read the config but never connect, so placeholders stand in for the
 * database and secret when none are set. `generate:types` also writes the map of localized
 * fields (src/content/localizedFields.ts), which Payload's types do not carry. `check`
 * regenerates every file, compares them with the committed ones, puts the committed ones back
 * and fails on any difference (CI fails on drift).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { loadModule } from './loadModule'

const root = process.cwd()
const payloadBin = path.join(root, 'node_modules', '.bin', 'payload')
const files = {
  types: path.join(root, 'src', 'payload-types.ts'),
  importmap: path.join(root, 'src', 'app', '(payload)', 'admin', 'importMap.js'),
  localizedFields: path.join(root, 'src', 'content', 'localizedFields.ts'),
}
type Kind = keyof typeof files
/** The npm script that writes each file. */
const script: Record<Kind, string> = {
  types: 'generate:types',
  importmap: 'generate:importmap',
  localizedFields: 'generate:types',
}

process.env.DATABASE_URL ||= 'postgres://generate:unused@127.0.0.1:1/unused'
process.env.PAYLOAD_SECRET ||= 'generate-only'

async function generate(kind: Kind) {
  if (kind === 'localizedFields') {
    // Imported only now, after the placeholders above are set.
    const { default: config } = await loadModule(() => import('@payload-config'), 'the config')
    const { localizedFieldsSource } = await loadModule(
      () => import('./localizedFieldsFile'),
      'localizedFieldsFile',
    )
    fs.writeFileSync(
      files.localizedFields,
      localizedFieldsSource(await loadModule(async () => config, 'the config')),
    )
    return
  }
  const result = spawnSync(payloadBin, [`generate:${kind}`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  if (result.status !== 0) {
    process.stdout.write(result.stdout)
    throw new Error(`payload generate:${kind} failed`)
  }
}

const command = process.argv[2]
if (command === 'types') {
  await generate('types')
  await generate('localizedFields')
} else if (command === 'importmap') {
  await generate('importmap')
} else if (command === 'check') {
  const drift: string[] = []
  for (const kind of Object.keys(files) as Kind[]) {
    const committed = fs.readFileSync(files[kind], 'utf8')
    try {
      await generate(kind)
      if (fs.readFileSync(files[kind], 'utf8') !== committed) {
        drift.push(
          `${path.relative(root, files[kind])} (run \`npm run ${script[kind]}\` and commit it)`,
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
  console.log('✓ payload-types.ts, the admin import map and localizedFields.ts match the config')
} else {
  console.error('Usage: generated.ts types | importmap | check')
  process.exit(2)
}
