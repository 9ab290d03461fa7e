import { execFileSync } from 'node:child_process'
import pg from 'pg'

type ProcessInfo = { pid: number; ppid: number; args: string }

function processTable(): ProcessInfo[] {
  return execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args }))
}

/** Every process started by `pid`, however deep: only ever our own processes. */
export function descendantsOf(pid: number): ProcessInfo[] {
  const table = processTable()
  const found: ProcessInfo[] = []
  let parents = new Set([pid])
  while (parents.size > 0) {
    const children = table.filter((each) => parents.has(each.ppid))
    found.push(...children)
    parents = new Set(children.map((each) => each.pid))
  }
  return found
}

/** The Postgres server behind `adminUrl`, found from a session's own backend process. */
export async function postmasterOf(adminUrl: string): Promise<number> {
  const client = new pg.Client(adminUrl)
  await client.connect()
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
    const ppid = execFileSync('ps', ['-o', 'ppid=', '-p', String(rows[0].pid)], {
      encoding: 'utf8',
    })
    return Number(ppid)
  } finally {
    await client.end()
  }
}

/**
 * Freezes (SIGSTOP) or thaws (SIGCONT) a Postgres server and all its backends, as an overloaded
 * or paused server behaves: connections still open, nothing answers.
 */
export function signalPostgres(postmaster: number, signal: 'SIGSTOP' | 'SIGCONT') {
  for (const { pid } of [{ pid: postmaster }, ...descendantsOf(postmaster)]) {
    try {
      process.kill(pid, signal)
    } catch {
      // a backend that just ended
    }
  }
}
