import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { Payload } from 'payload'
import { inject } from 'vitest'

import { testSecret } from './testDatabase'

/**
 * A real Payload instance on this test file's own database, a copy of the migrated template
 * (or, with `empty: true`, a database with no schema, for a test that migrates it itself).
 * The config is imported only after DATABASE_URL points at that database.
 */
export async function bootPayload({ empty = false } = {}): Promise<Payload> {
  const adminUrl = inject('adminUrl')
  const name = `test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client(adminUrl)
  await admin.connect()
  const template = empty ? '' : ` TEMPLATE "${inject('templateDatabase')}"`
  await admin.query(`CREATE DATABASE "${name}"${template}`)
  await admin.end()

  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  process.env.DATABASE_URL = url.toString()
  process.env.PAYLOAD_SECRET = testSecret

  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  return getPayload({ config, disableOnInit: true })
}

export { closePayload } from '../../src/db/closePayload'
