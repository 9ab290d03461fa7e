import fs from 'node:fs'
import path from 'node:path'

import { isRunning } from './runningDatabase'

/**
 * While `npm start` serves, `<dataDir>/server.json` says on which port, so that a command run
 * beside it (`npm run xliff -- import`) can hand its work to the server, whose page cache must
 * see the change. Removed when the server stops; a file left by a crash names a dead pid.
 */
const fileIn = (dataDir: string) => path.join(dataDir, 'server.json')

export function recordRunningServer(dataDir: string, port: number) {
  fs.writeFileSync(fileIn(dataDir), JSON.stringify({ pid: process.pid, port }) + '\n')
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
