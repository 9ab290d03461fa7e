import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

type LocalSecrets = { payloadSecret: string; postgresPassword: string }

/**
 * Secrets for a local installation, made once and kept in `<dataDir>/secrets.json` (mode 0600)
 * so sessions and the embedded database survive restarts. Never used when the operator provides
 * their own database: production must set PAYLOAD_SECRET itself.
 */
export function loadOrCreateLocalSecrets(dir: string): LocalSecrets {
  const file = path.join(dir, 'secrets.json')
  if (fs.existsSync(file)) {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LocalSecrets
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 })
  const secrets: LocalSecrets = {
    payloadSecret: randomBytes(32).toString('hex'),
    postgresPassword: randomBytes(18).toString('hex'),
  }
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 })
  return secrets
}
