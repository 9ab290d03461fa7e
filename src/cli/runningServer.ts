import fs from 'node:fs'
import path from 'node:path'

import { isRunning } from './runningDatabase'

/**
 * While `npm start` serves, `<dataDir>/server.json` says on which port, so that a command run
 * beside it (`npm run xliff -- import`) can hand its work to the server, whose page cache must
 * see the change. Removed when the server stops; a file left by a crash names a dead pid.
 */
const fileIn = (dataDir: string) => path.join(dataDir, 'server.json')

/**
 * Best effort: a data directory that cannot be written (your own DATABASE_URL on a read-only
 * disk) only means `npm run xliff -- import` cannot find the server; the site starts anyway.
 */
export function recordRunningServer(dataDir: string, port: number) {
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 })
    fs.writeFileSync(fileIn(dataDir), JSON.stringify({ pid: process.pid, port }) + '\n')
  } catch (error) {
    console.warn(
      `Could not note the server's port in ${fileIn(dataDir)} (${(error as Error).message}): \`npm run xliff -- import\` will not find this server.`,
    )
  }
}

export function forgetRunningServer(dataDir: string) {
  try {
    const { pid } = JSON.parse(fs.readFileSync(fileIn(dataDir), 'utf8')) as { pid: number }
    if (pid === process.pid) fs.rmSync(fileIn(dataDir))
  } catch {
    // Nothing recorded.
  }
}

/** The origin of the server serving this data directory, if one is running and answers. */
export async function runningServerOrigin(dataDir: string): Promise<string | null> {
  let recorded: { pid: number; port: number }
  try {
    recorded = JSON.parse(fs.readFileSync(fileIn(dataDir), 'utf8'))
  } catch {
    return null
  }
  if (!isRunning(recorded.pid)) return null
  const origin = `http://127.0.0.1:${recorded.port}`
  try {
    const response = await fetch(`${origin}/status`, { signal: AbortSignal.timeout(5000) })
    return response.ok ? origin : null
  } catch {
    return null
  }
}
