import fs from 'node:fs'
import path from 'node:path'

/**
 * The embedded Postgres another process (`npm start`) is running on this data directory, if
 * any: Postgres writes its pid and port to `postmaster.pid` (lines 1 and 4) while it runs, and
 * removes it on a clean stop. A stale file (a crash) names a pid that no longer runs.
 */
export function runningEmbeddedPostgres(clusterDir: string): { pid: number; port: number } | null {
  let lines: string[]
  try {
    lines = fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')
  } catch {
    return null
  }
  const pid = Number(lines[0])
  const port = Number(lines[3])
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null
  return isRunning(pid) ? { pid, port } : null
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user (Postgres runs as `postgres`).
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
