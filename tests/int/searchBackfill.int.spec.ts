import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql, type MigrateUpArgs } from '@payloadcms/db-postgres'
import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../src/migrations'
import { searchContent } from '../../src/lib/search/query'
import { ensureSearchIndex, reindexAll } from '../../src/lib/search/store'
import { doc, p } from '../support/lexical'
import { bootPayload, closePayload } from '../support/payload'

/**
 * An installation from before the search index: migrated up to the migration before it, with
 * content. Since then a public collection got a column (the guides' SEO description, here
 * dropped first and added back by a later migration, as a real one would). Upgrading it must
 * run every migration — the search index's among them, which must not read today's config, as
 * the column it would select does not exist yet at that point — and then fill the index.
 */
let payload: Payload
const execute = (query: ReturnType<typeof sql>) =>
  (payload.db as unknown as PostgresAdapter).drizzle.execute(query)

const before = migrations.findIndex((m) => m.name === '20261124_204500_search_index')
const laterColumn: Migration = {
  name: '20261201_090000_guides_meta_description',
  up: (async ({ db }: MigrateUpArgs) => {
    await db.execute(sql`
      ALTER TABLE "guides_locales" ADD COLUMN "meta_description" varchar;
      ALTER TABLE "_guides_v_locales" ADD COLUMN "version_meta_description" varchar;`)
  }) as Migration['up'],
  down: async () => undefined,
}

const context = { disableSearchSync: true, disableRevalidate: true }
const carriers = 150 // more than one batch

const search = (locale: 'zh' | 'ru' | 'en', q: string) =>
  searchContent(payload, { locale, q, limit: 50 })

beforeAll(async () => {
  payload = await bootPayload({ empty: true })
  expect(before).toBeGreaterThan(0)
  await payload.db.migrate({ migrations: migrations.slice(0, before) as Migration[] })
  // The content below is written with today's config: the tables and columns the migrations
  // after the index's add (a guide's sources…) are there while it is written, and are taken
  // away again before the upgrade (their `down`, newest first), as on the old installation.
  const later = migrations.slice(before + 1) as Migration[]
  const args = { db: (payload.db as unknown as PostgresAdapter).drizzle, payload, req: {} }
  for (const migration of later) await migration.up(args as never)

  // Content written before the index existed (its hooks had nothing to write to).
  const guide = await payload.create({
    collection: 'guides',
    locale: 'zh',
    data: {
      title: '斑马角续费指南',
      slug: 'banmajiao',
      topic: 'renewal',
      country: 'KZ',
      body: doc(p('斑马角的余额规则。')),
      _status: 'published',
    },
    context,
  })
  await payload.update({
    collection: 'guides',
    id: guide.id,
    locale: 'en',
    data: {
      title: 'Zebracorn renewal',
      slug: 'zebracorn',
      body: doc(p('Zebracorn balance rules.')),
    },
    context,
  })
  await payload.create({
    collection: 'guides',
    locale: 'en',
    draft: true,
    data: {
      title: 'Narwhal draft',
      slug: 'narwhal',
      topic: 'renewal',
      body: doc(p('Narwhal')),
      _status: 'draft',
    },
    context,
  })
  await payload.create({
    collection: 'faqs',
    locale: 'en',
    data: {
      question: 'Can a quokka renew?',
      slug: 'quokka',
      topic: 'renewal',
      answer: doc(p('A quokka renews at the counter.')),
      _status: 'published',
    },
    context,
  })
  // Rows as an older version of the app wrote them, straight into the tables.
  await execute(
    sql`INSERT INTO carriers (slug) SELECT 'camel-' || n FROM generate_series(1, ${carriers}) n`,
  )
  await execute(sql`
    INSERT INTO carriers_locales (name, description, _locale, _parent_id)
    SELECT 'Camel ' || id, '骆驼网络的测试运营商', 'zh', id FROM carriers`)

  for (const migration of [...later].reverse()) await migration.down(args as never)

  // The column that came later: this installation predates it.
  await execute(sql`
    ALTER TABLE "guides_locales" DROP COLUMN "meta_description";
    ALTER TABLE "_guides_v_locales" DROP COLUMN "version_meta_description";`)

  // The upgrade: the remaining migrations (as `npm start` and `npm run migrate` apply them),
  // then the backfill that runs after them.
  await payload.db.migrate({
    migrations: [...(migrations.slice(before) as Migration[]), laterColumn],
  })
  await ensureSearchIndex(payload)
})

afterAll(async () => {
  await closePayload(payload)
})

describe('search index on a database with content from before it', () => {
  it('is filled after the migrations, with what the public can read', async () => {
    const zh = await search('zh', '斑马')
    expect(zh.hits.map((h) => h.url)).toEqual(['/zh/guides/banmajiao'])
    const en = await search('en', 'zebracorn')
    expect(en.hits.map((h) => h.url)).toEqual(['/en/guides/zebracorn'])
    expect((await search('en', 'quokka')).hits.map((h) => h.url)).toEqual(['/en/faq#quokka'])
    // Every carrier, across batches of 100; the draft guide stays out.
    expect((await search('zh', '骆驼')).total).toBe(carriers)
    expect((await search('en', 'narwhal')).total).toBe(0)
    // The later migration ran after the search index's.
    const { rows } = await execute(
      sql`SELECT name FROM payload_migrations ORDER BY id DESC LIMIT 1`,
    )
    expect(rows[0]).toEqual({ name: laterColumn.name })
  })

  it('fills only what is missing, and drops what is no longer public', async () => {
    expect((await ensureSearchIndex(payload)).carriers).toEqual({ indexed: 0, dropped: 0 })

    // Written with the hooks off: one carrier deleted, one added.
    await execute(sql`DELETE FROM carriers WHERE slug = 'camel-1'`)
    await payload.create({
      collection: 'carriers',
      locale: 'zh',
      data: {
        name: 'Camel new',
        slug: 'camel-new',
        description: '新的骆驼运营商',
        country: 'KZ',
        autoRenewal: 'unknown',
        status: 'active',
        // Carriers have drafts since issue 11: the index holds what is published.
        _status: 'published',
      },
      context,
    })
    expect((await ensureSearchIndex(payload)).carriers).toEqual({ indexed: 1, dropped: 1 })
    expect((await search('zh', '骆驼')).total).toBe(carriers)
    expect((await search('zh', '新的')).hits.map((h) => h.slug)).toEqual(['camel-new'])
  })

  it('is rebuilt in full by reindexAll (npm run search:reindex)', async () => {
    await execute(sql`UPDATE search_index SET title = 'stale' WHERE collection = 'guides'`)
    const report = await reindexAll(payload)
    expect(report.carriers).toEqual({ indexed: carriers, dropped: 0 })
    expect(report.guides).toEqual({ indexed: 1, dropped: 0 })
    const { hits } = await search('en', 'zebracorn')
    expect(hits.map((h) => h.title)).toEqual(['Zebracorn renewal'])
  })
})
