import pg from 'pg'

/**
 * "Am I the instance that runs the jobs queue?" Several app instances may share one database;
 * exactly one runs the queue. The one holding a Postgres session advisory lock on a dedicated
 * connection is it. The lock belongs to the session, so when that instance dies (or its
 * connection drops) Postgres releases it and another instance's next try takes it over. Payload's
 * own job claiming (`processing`) guards the rest.
 */
export const runnerLockKey = 7_311_201 // any constant bigint, SIM Atlas' own

export type RunnerLock = {
  /** Whether this instance holds the lock now, trying to take it when it does not. */
  held: () => Promise<boolean>
  release: () => Promise<void>
}

export function runnerLock(connectionString: string): RunnerLock {
  let client: pg.Client | null = null
  let holding = false

  const drop = () => {
    holding = false
    const gone = client
    client = null
    gone?.end().catch(() => {})
  }

  return {
    async held() {
      try {
        if (!client) {
          const fresh = new pg.Client({ connectionString, application_name: 'simatlas-job-runner' })
          // A dropped connection has lost the lock with it: try again on the next tick.
          fresh.on('error', drop)
          await fresh.connect()
          client = fresh
        }
        if (holding) {
          await client.query('select 1') // still connected, so still ours
          return true
        }
        const { rows } = await client.query<{ locked: boolean }>(
          'select pg_try_advisory_lock($1) as locked',
          [runnerLockKey],
        )
        holding = rows[0]?.locked === true
        return holding
      } catch {
        drop()
        return false
      }
    },
    async release() {
      const gone = client
      client = null
      holding = false
      await gone?.end().catch(() => {})
    },
  }
}
