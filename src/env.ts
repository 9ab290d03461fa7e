/**
 * The one place that reads SIM Atlas' environment. Values are read when asked for (not at import)
 * because the launcher fills them in (embedded database, local secret) before Payload starts.
 * Every variable is documented in `.env.example`.
 */

class MissingEnvError extends Error {}

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
  /** Public origin of the site, used in absolute URLs (sitemap, canonical links). */
  serverUrl: () =>
    (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/$/, ''),
  /** Only `npm run dev` turns schema push on, and it uses its own database. */
  schemaPush: () => process.env.PAYLOAD_DB_PUSH === 'true',
  /** The docker-compose shape loads the demo content on its first start. */
  seedOnInit: () => process.env.SIMATLAS_SEED_ON_INIT === 'true',
  isProduction: () => process.env.NODE_ENV === 'production',
}
