import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { env } from '@/env'

/** What `next build` output depends on; a change to any of these makes the build stale. */
const inputs = ['src', 'payload.config.ts', 'next.config.mjs', 'tsconfig.json', 'package-lock.json']

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return
  if (fs.statSync(entry).isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) yield* files(path.join(entry, name))
  } else {
    yield entry
  }
}

/** Content hash of the build inputs, so `npm start` rebuilds exactly when the sources changed. */
export function buildFingerprint(root: string): string {
  const hash = createHash('sha256')
  // Next inlines NEXT_PUBLIC_* into the build, and the security headers depend on it too.
  hash.update(`NEXT_PUBLIC_SERVER_URL=${env.buildServerUrl()}`).update('\0')
  for (const input of inputs) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0')
    }
  }
  return hash.digest('hex')
}

const stampFile = (root: string) => path.join(root, '.next', 'simatlas-build-fingerprint')

export function isBuildCurrent(root: string): boolean {
  const stamp = stampFile(root)
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')) || !fs.existsSync(stamp)) return false
  return fs.readFileSync(stamp, 'utf8') === buildFingerprint(root)
}

export function markBuildCurrent(root: string) {
  fs.writeFileSync(stampFile(root), buildFingerprint(root))
}
