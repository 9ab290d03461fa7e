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
  execFileSync('node_modules/.bin/tsx', ['src/cli/launch.ts', 'migrate'], { env, stdio: 'pipe' })

  // The template must hold the migrated schema, and have no open sessions when it is copied.
  const check = new pg.Client(db.url)
  await check.connect()
  const { rows } = await check.query("SELECT to_regclass('public.guides') IS NOT NULL AS migrated")
  await check.end()
  if (!rows[0].migrated) throw new Error('npm run migrate left the test template without a schema')
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
