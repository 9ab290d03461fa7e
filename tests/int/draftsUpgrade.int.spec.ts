import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../src/migrations'
import { publishUnversionedDocuments } from '../../src/publishing/publishUnversionedDocuments'
import type { Carrier, Channel } from '../../src/payload-types'
import { apiClient } from '../support/api'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn } from '../support/staff'

/**
 * An installation made by the code before carriers and channels had drafts (main at 7488772):
 * migrated up to its last migration, with carriers and channels written as that code stored
 * them (no `_status`, no versions; a carrier's `status` in the enum that is the publish state's
 * name now). Upgrading must keep every one of them public, with its lifecycle status, as a
 * published document with a first version, and leave them editable as drafts.
 */
let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let editor: string
const rows = async (query: ReturnType<typeof sql>) =>
  (
    (await (payload.db as unknown as PostgresAdapter).drizzle.execute(query)) as unknown as {
      rows: Record<string, unknown>[]
    }
  ).rows

const lastOld = migrations.findIndex(
  (m) => m.name === '20261201_123730_translation_status_backfill',
)
const ids = { active: 0, merged: 0, channel: 0 }

beforeAll(async () => {
  payload = await bootPayload({ empty: true })
  expect(lastOld).toBeGreaterThan(0)
  await payload.db.migrate({ migrations: migrations.slice(0, lastOld + 1) as Migration[] })

  // As main's code stored them (its own tables and columns, no versions).
  ;[{ id: ids.active }] = (await rows(sql`
    INSERT INTO carriers (slug, country, auto_renewal, status, updated_at, created_at)
    VALUES ('old-active', 'KZ', 'yes', 'active', '2026-11-20T10:00:00Z', '2026-11-01T10:00:00Z')
    RETURNING id`)) as { id: number }[]
  ;[{ id: ids.merged }] = (await rows(sql`
    INSERT INTO carriers (slug, country, auto_renewal, status, merged_into_id, updated_at, created_at)
    VALUES ('old-merged', 'KZ', 'unknown', 'merged', ${ids.active}, now(), now())
    RETURNING id`)) as { id: number }[]
  await rows(sql`
    INSERT INTO carriers_locales (name, description, _locale, _parent_id) VALUES
      ('老运营商', '中文描述', 'zh', ${ids.active}),
      ('Старый оператор', 'Описание', 'ru', ${ids.active}),
      ('合并的运营商', NULL, 'zh', ${ids.merged})`)
  await rows(sql`
    INSERT INTO carriers_support_languages ("order", parent_id, value)
    VALUES (1, ${ids.active}, 'ru'), (2, ${ids.active}, 'kk')`)
  await rows(sql`
    INSERT INTO carriers_numbers (number, "order", parent_id, path)
    VALUES (7, 1, ${ids.active}, 'validityOptions'), (30, 2, ${ids.active}, 'validityOptions')`)
  ;[{ id: ids.channel }] = (await rows(sql`
    INSERT INTO channels (slug, verification, works_from_abroad)
    VALUES ('old-channel', 'official', 'yes') RETURNING id`)) as { id: number }[]
  await rows(sql`
    INSERT INTO channels_locales (name, summary, _locale, _parent_id)
    VALUES ('老渠道', '摘要', 'zh', ${ids.channel})`)
  await rows(sql`
    INSERT INTO channels_kinds ("order", parent_id, value) VALUES (1, ${ids.channel}, 'carrier-app')`)
  await rows(sql`
    INSERT INTO channels_steps (_order, _parent_id, _locale, id, text)
    VALUES (1, ${ids.channel}, 'zh', 'step-1', '打开应用')`)
  await rows(sql`
    INSERT INTO channels_rels ("order", parent_id, path, carriers_id)
    VALUES (1, ${ids.channel}, 'carriers', ${ids.active})`)

  // The upgrade: every migration since.
  await payload.db.migrate({ migrations: migrations as Migration[] })
  api = await apiClient()
  await createStaff(payload, 'editor@upgrade.test', 'editor')
  editor = await signIn('editor@upgrade.test')
}, 120_000)
afterAll(async () => {
  await closePayload(payload)
})

describe('an installation from before carriers and channels had drafts, upgraded', () => {
  it('has each of them published, with one published version holding its stored state', async () => {
    const status = await rows(sql`
      SELECT 'carriers' AS c, id, _status::text AS s, status::text AS lifecycle FROM carriers
      UNION ALL SELECT 'channels', id, _status::text, NULL FROM channels ORDER BY 1, 2`)
    expect(status).toEqual([
      { c: 'carriers', id: ids.active, s: 'published', lifecycle: 'active' },
      { c: 'carriers', id: ids.merged, s: 'published', lifecycle: 'merged' },
      { c: 'channels', id: ids.channel, s: 'published', lifecycle: null },
    ])
    const versions = await payload.findVersions({
      collection: 'carriers',
      where: { parent: { equals: ids.active } },
      locale: 'all',
      depth: 0,
    })
    expect(versions.totalDocs).toBe(1)
    const [version] = versions.docs
    expect(version.latest).toBe(true)
    expect(version.version).toMatchObject({
      _status: 'published',
      slug: 'old-active',
      name: { zh: '老运营商', ru: 'Старый оператор' },
      description: { zh: '中文描述', ru: 'Описание' },
      supportLanguages: ['ru', 'kk'],
      validityOptions: [7, 30],
      autoRenewal: 'yes',
      status: 'active',
    })
    expect(new Date(version.updatedAt).toISOString()).toBe('2026-11-20T10:00:00.000Z')
    const channelVersions = await payload.findVersions({
      collection: 'channels',
      where: { parent: { equals: ids.channel } },
      locale: 'zh',
      depth: 0,
    })
    expect(channelVersions.docs.map((v) => v.version)).toMatchObject([
      {
        name: '老渠道',
        kinds: ['carrier-app'],
        carriers: [ids.active],
        steps: [{ text: '打开应用' }],
      },
    ])
  })

  it('shows them to readers on REST, GraphQL and the Local API as before', async () => {
    const carrier = await api.get(`/carriers/${ids.active}?locale=ru`)
    expect(carrier.status).toBe(200)
    expect((carrier.json as Carrier).name).toBe('Старый оператор')
    const list = await api.get('/channels?locale=zh&depth=1')
    expect(
      (list.json.docs as Channel[]).map((c) => [c.slug, (c.carriers as Carrier[])[0].slug]),
    ).toEqual([['old-channel', 'old-active']])
    const { json } = await api.graphql(
      '{ Carriers(locale: zh, sort: "slug") { docs { slug status } } }',
    )
    expect(json.data.Carriers.docs).toEqual([
      { slug: 'old-active', status: 'active' },
      { slug: 'old-merged', status: 'merged' },
    ])
    const local = await payload.find({
      collection: 'carriers',
      overrideAccess: false,
      locale: 'zh',
    })
    expect(local.totalDocs).toBe(2)
  })

  it('keeps them public while an editor drafts a change, and publishing it needs no more migration', async () => {
    const draft = await api.patch(
      `/carriers/${ids.active}?locale=zh&draft=true`,
      { name: '草稿名' },
      editor,
    )
    expect(draft.status, JSON.stringify(draft.json)).toBe(200)
    expect(((await api.get(`/carriers/${ids.active}?locale=zh`)).json as Carrier).name).toBe(
      '老运营商',
    )
    const states = await api.get(`/carriers/${ids.active}/locale-states`, editor)
    expect(states.json.locales.map((l: { state: string }) => l.state)).toEqual([
      'pending',
      'published',
      'missing',
    ])
    const published = await api.patch(`/carriers/${ids.active}?locale=zh`, { name: '新名' }, editor)
    expect(published.status, JSON.stringify(published.json)).toBe(200)
    const read = await api.get(`/carriers/${ids.active}?locale=all`)
    expect((read.json as { name: Record<string, string> }).name).toEqual({
      zh: '新名',
      ru: 'Старый оператор',
    })
  })

  it('publishes nothing more when run again (every start runs it)', async () => {
    expect(await publishUnversionedDocuments(payload)).toEqual({})
    const { totalDocs } = await payload.countVersions({
      collection: 'channels',
      where: { parent: { equals: ids.channel } },
    })
    expect(totalDocs).toBe(1)
  })
})
