/**
 * The one place that reads SIM Atlas' environment. Values are read when asked for (not at import)
 * because the launcher fills them in (embedded database, local secret) before Payload starts.
 * Every variable is documented in `.env.example`. Read elsewhere, because they cannot import
 * TypeScript: `next.config.mjs` (NODE_ENV, NEXT_OUTPUT, NEXT_PUBLIC_SERVER_URL, read by `next
 * build` itself) and the CommonJS preload `src/server/setClientAddress.cjs` (TRUSTED_PROXY_HOPS,
 * loaded with `node --require` before anything is compiled). The launcher (src/cli/launch.ts)
 * also writes the environment of the processes it starts; those writes stay there.
 */

class MissingEnvError extends Error {}

class InvalidEnvError extends Error {}

/** A whole number from the environment, or the default; a typo fails loudly rather than silently. */
function wholeNumber(name: string, fallback: number): number {
  const value = process.env[name]
  if (value === undefined || value.trim() === '') return fallback
  const number = Number(value)
  if (!Number.isSafeInteger(number) || number < 0) {
    throw new InvalidEnvError(`${name} must be a whole number (got ${JSON.stringify(value)}).`)
  }
  return number
}

/** A whole number when the variable is set, else `undefined`. */
const optionalWholeNumber = (name: string) =>
  process.env[name]?.trim() ? wholeNumber(name, 0) : undefined

/** `next build` evaluates server modules without a database or secrets; nothing connects then. */
const isBuildPhase = () => process.env.NEXT_PHASE === 'phase-production-build'

function required(name: string, hint: string): string {
  const value = process.env[name]
  if (value) return value
  if (isBuildPhase()) return ''
  throw new MissingEnvError(`${name} is not set. ${hint}`)
}

export const env = {
  databaseUrl: () =>
    required(
      'DATABASE_URL',
      'Start the app with `npm start` (which runs an embedded Postgres) or set DATABASE_URL=postgres://user:password@host:5432/db.',
    ),
  /** The operator's own Postgres; unset, `npm start` starts the embedded one and sets it. */
  configuredDatabaseUrl: () => process.env.DATABASE_URL || undefined,
  /** The operator's own secret; unset with the embedded database, `npm start` generates one. */
  configuredPayloadSecret: () => process.env.PAYLOAD_SECRET || undefined,
  payloadSecret: () =>
    required(
      'PAYLOAD_SECRET',
      'Set PAYLOAD_SECRET to a long random string (e.g. `openssl rand -hex 32`); `npm start` makes one for the embedded database.',
    ),
  /**
   * The public origin when the operator set one. Payload accepts admin session cookies only from
   * this origin (CSRF protection), so it stays unset unless configured: a default here would lock
   * out an admin opened as 127.0.0.1 or on another port.
   */
  configuredServerUrl: () => process.env.NEXT_PUBLIC_SERVER_URL?.replace(/\/$/, '') || undefined,
  /**
   * Session cookies are `Secure` (sent over HTTPS only) when the public origin is HTTPS. Not
   * merely in production: `npm start` serves http://localhost, where a Secure cookie would not
   * be sent back by every browser, and the admin could not sign in.
   */
  secureCookies: () => Boolean(env.configuredServerUrl()?.startsWith('https://')),
  /** Public origin of the site, used in absolute URLs (sitemap, canonical links). */
  serverUrl: () =>
    (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/$/, ''),
  /** NEXT_PUBLIC_SERVER_URL as set, which `next build` inlines: part of the build's fingerprint. */
  buildServerUrl: () => process.env.NEXT_PUBLIC_SERVER_URL ?? '',
  /** Port of the site. */
  port: () => wholeNumber('PORT', 3000) || 3000,
  /** Folder for local data (embedded Postgres, secrets, uploads); unset, `.data` (src/db/dataDir.ts). */
  dataDir: () => process.env.SIMATLAS_DATA_DIR || undefined,
  /** Folder for uploads; unset, `media` in the data folder. */
  mediaDir: () => process.env.MEDIA_DIR || undefined,
  /** Fixed port for the embedded Postgres; unset, a free port on every start. */
  embeddedPgPort: () => optionalWholeNumber('EMBEDDED_PG_PORT'),
  /** Print the embedded Postgres' own log. */
  embeddedPgVerbose: () => process.env.EMBEDDED_PG_VERBOSE === 'true',
  /** The Chromium the end-to-end tests drive (Debian's by default). */
  chromiumPath: () => process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  /** Only `npm run dev` turns schema push on, and it uses its own database. */
  schemaPush: () => process.env.PAYLOAD_DB_PUSH === 'true',
  /** The docker-compose shape loads the demo content on its first start. */
  seedOnInit: () => process.env.SIMATLAS_SEED_ON_INIT === 'true',
  isProduction: () => process.env.NODE_ENV === 'production',
  /** `next build` is evaluating server modules (nothing should connect or start timers). */
  isBuildPhase: () => isBuildPhase(),
  /** Largest JSON (REST or GraphQL) request body, in bytes: 2 MB by default. */
  maxBodyBytes: () => wholeNumber('SIMATLAS_MAX_BODY_BYTES', 2 * 1024 * 1024),
  /** Largest uploaded file, in bytes: 10 MB by default. */
  maxUploadBytes: () => wholeNumber('SIMATLAS_MAX_UPLOAD_BYTES', 10 * 1024 * 1024),
  /** Heap limit of the `npm start` server, in MB: a runaway request fails fast instead of eating the machine. */
  serverHeapMb: () => wholeNumber('SIMATLAS_SERVER_HEAP_MB', 1024),
  /** How long a request waits for a database connection before it fails (ms; 0: forever). */
  dbConnectTimeoutMs: () => wholeNumber('SIMATLAS_DB_CONNECT_TIMEOUT_MS', 2000),
  /**
   * After how many days a document's "facts verified on" counts as stale (flagged in the admin,
   * a notice to readers): 180 by default. Read by `src/content/factsStaleness.ts` only.
   */
  factsStaleAfterDays: () => wholeNumber('SIMATLAS_FACTS_STALE_AFTER_DAYS', 180),
  /** How long one SQL statement may run, or wait for Postgres to answer (ms; 0: forever). */
  dbStatementTimeoutMs: () => wholeNumber('SIMATLAS_DB_STATEMENT_TIMEOUT_MS', 4000),
  /**
   * How often the server runs the jobs queue (scheduled publish and unpublish), in seconds
   * (default 10; 0 turns this instance's runner off).
   */
  jobsIntervalSeconds: () => wholeNumber('SIMATLAS_JOBS_INTERVAL_SECONDS', 10),
  /**
   * The SMTP server account emails (invitations, password resets) go out through, when SMTP_HOST
   * is set; unset, they are written to the server log (src/email/emailAdapter.ts).
   */
  smtp: () => {
    const host = process.env.SMTP_HOST?.trim()
    if (!host) return undefined
    const port = wholeNumber('SMTP_PORT', 587) || 587
    return {
      host,
      port,
      // Implicit TLS on 465 (or when asked); otherwise STARTTLS when the server offers it.
      secure: process.env.SMTP_SECURE ? process.env.SMTP_SECURE === 'true' : port === 465,
      user: process.env.SMTP_USER || undefined,
      pass: process.env.SMTP_PASS || undefined,
    }
  },
  /** The sender of account emails: SMTP_FROM (an address) and SMTP_FROM_NAME. */
  emailFrom: () => ({
    address: process.env.SMTP_FROM?.trim() || 'no-reply@simatlas.invalid',
    name: process.env.SMTP_FROM_NAME?.trim() || 'SIM Atlas',
  }),
}
