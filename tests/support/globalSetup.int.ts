import { execFileSync } from 'node:child_process'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { commandEnv, startTestDatabase, testSecret } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string to the cluster's maintenance database, for creating per-file databases. */
    adminUrl: string
    /** A database holding the migrated schema, the template each test file copies. */
    templateDatabase: string
  }
}

const template = 'simatlas_template'

/**
 * One embedded Postgres for the integration run. The committed migrations are applied once, by
 * the same command users run (`npm run migrate`), to a template database; each test file then
 * gets its own copy of it, so files never see each other's data.
 */
export default async function setup(project: TestProject) {
  const db = await startTestDatabase(template)
  const env = commandEnv({ DATABASE_URL: db.url, PAYLOAD_SECRET: testSecret })
  const migrate = () =>
    execFileSync('node_modules/.bin/tsx', ['src/cli/launch.ts', 'migrate'], {
      env,
      encoding: 'utf8',
    })
  const migrated = async () => {
    const check = new pg.Client(db.url)
    await check.connect()
    const { rows } = await check.query("SELECT to_regclass('public.guides') IS NOT NULL AS ok")
    await check.end()
    return rows[0].ok as boolean
  }

  // The template must hold the migrated schema. Once (in dozens of runs) a run found it empty
  // right after a successful migrate; say so loudly and migrate again rather than fail every file.
  const output = migrate()
  if (!(await migrated())) {
    console.warn(`npm run migrate left the test template without a schema; its output:\n${output}`)
    const again = migrate()
    if (!(await migrated())) throw new Error(`npm run migrate did not create the schema:\n${again}`)
  }

  // A template must have no open sessions when it is copied.
  const client = new pg.Client(db.urlFor('postgres'))
  await client.connect()
  await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
    template,
  ])
  await client.end()

  project.provide('adminUrl', db.urlFor('postgres'))
  project.provide('templateDatabase', template)
  return () => db.dispose()
}
