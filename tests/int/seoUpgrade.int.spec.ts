import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../src/migrations'
import { seedIfEmpty } from '../../src/seed/seedIfEmpty'
import { bootPayload, closePayload } from '../support/payload'

/**
 * An installation made by the code before the SEO plugin and redirects (its last migration is
 * `20261201_123730_translation_status_backfill`), with the demo content and its guides' meta
 * titles and descriptions. Upgrading it (the migrations since, as `npm start` runs them) keeps
 * every one of them: the plugin's `meta` group uses the same columns as the group it replaces.
 */
let payload: Payload
const lastBefore = '20261201_123730_translation_status_backfill'
const execute = (query: ReturnType<typeof sql>) =>
  (payload.db as unknown as PostgresAdapter).drizzle.execute(query)

type Meta = { title?: unknown; description?: unknown }
const metaOfGuides = async () =>
  Object.fromEntries(
    (
      await payload.find({
        collection: 'guides',
        locale: 'all',
        depth: 0,
        pagination: false,
        select: { slug: true, meta: true },
      })
    ).docs.map((g) => {
      const meta = (g.meta ?? {}) as Meta
      return [g.id, { title: meta.title, description: meta.description }]
    }),
  )

let before: Record<string, Meta>
const columns = async (table: string) =>
  (
    await execute(
      sql`SELECT column_name FROM information_schema.columns WHERE table_name = ${table}`,
    )
  ).rows.map((r) => (r as { column_name: string }).column_name)

beforeAll(async () => {
  payload = await bootPayload({ empty: true })
  await payload.db.migrate({ migrations: migrations as Migration[] })
  await seedIfEmpty(payload)
  before = await metaOfGuides()
  // Back to the schema the earlier code made, data kept: the migrations since, newest first.
  const index = migrations.findIndex((m) => m.name === lastBefore)
  expect(index).toBeGreaterThan(0)
  const later = migrations.slice(index + 1).reverse() as Migration[]
  const args = { db: (payload.db as unknown as PostgresAdapter).drizzle, payload, req: {} }
  for (const migration of later) await migration.down(args as never)
  for (const migration of later) {
    await execute(sql`DELETE FROM payload_migrations WHERE name = ${migration.name}`)
  }
}, 300_000)
afterAll(async () => {
  await closePayload(payload)
})

describe('upgrading a database made before the SEO plugin', () => {
  it('starts from the old schema: no meta image, no redirects', async () => {
    expect(await columns('guides_locales')).toEqual(
      expect.arrayContaining(['meta_title', 'meta_description']),
    )
    expect(await columns('guides_locales')).not.toContain('meta_image_id')
    expect(await columns('redirects')).toEqual([])
  })

  it("keeps every seeded guide's meta title and description in every locale", async () => {
    const titled = Object.values(before).filter(
      (m) => m.title && typeof m.title === 'object' && Object.keys(m.title).length === 3,
    )
    expect(titled.length).toBeGreaterThan(0)
    await payload.db.migrate({ migrations: migrations as Migration[] })
    expect(await columns('guides_locales')).toContain('meta_image_id')
    expect(await metaOfGuides()).toEqual(before)
  })
})
