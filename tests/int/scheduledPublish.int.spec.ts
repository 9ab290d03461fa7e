import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Guide, User } from '../../src/payload-types'
import { runnerLock } from '../../src/publishing/schedule/runner/runnerLock'
import { runnerToken, runnerTokenHeader } from '../../src/publishing/schedule/runner/runnerToken'
import { apiClient } from '../support/api'
import { createGuide } from '../support/content'
import { doc, p } from '../support/lexical'
import { bootPayload, closePayload } from '../support/payload'
import { inMs, runQueue, schedule, scheduledEvents, waitUntilPast } from '../support/schedule'
import { createStaff, signIn } from '../support/staff'

/**
 * Scheduled publish and unpublish through Payload's jobs queue, run for real: an event is
 * scheduled a couple of seconds ahead through the REST route, time passes, the queue runs (what
 * the server's runner does every few seconds) and the public API shows the result. A scheduled
 * publish publishes one language under the same rules as an immediate one, checked again when
 * it runs; one instance runs the queue even with several on one database.
 */
let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
const users: Record<'editor' | 'ru', User> = {} as never
const tokens: Record<'editor' | 'ru' | 'en', string> = {} as never
let guideId: number
let n = 0

const publicTitle = async (locale: string, id = guideId) => {
  const { status, json } = await api.get(`/guides/${id}?locale=${locale}&fallback-locale=none`)
  return status === 200 ? (json as Guide).title : null
}
const jobsOf = async (id: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { 'input.doc.value': { equals: String(id) } },
      depth: 0,
    })
  ).docs

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  // The first account is always an admin; the editor below is an editor.
  await createStaff(payload, 'admin@schedule.test', 'admin')
  users.editor = await createStaff(payload, 'editor@schedule.test', 'editor')
  users.ru = await createStaff(payload, 'ru@schedule.test', 'translator')
  await createStaff(payload, 'en@schedule.test', 'translator', { editableLocales: ['en'] })
  for (const who of ['editor', 'ru', 'en'] as const)
    tokens[who] = await signIn(`${who}@schedule.test`)
})
afterAll(async () => {
  await closePayload(payload)
})

// A guide published in all three languages, with a pending zh draft (an editor's) and a pending
// ru draft (the translator's).
beforeEach(async () => {
  n += 1
  const created = await createGuide(payload, {
    title: `续费${n}`,
    slug: `sp-${n}`,
    body: doc(p('原文')),
    _status: 'published',
  })
  guideId = created.id
  for (const [locale, title] of [
    ['ru', `Продление ${n}`],
    ['en', `Renewal ${n}`],
  ] as const) {
    await payload.update({
      collection: 'guides',
      id: guideId,
      locale,
      data: { title, slug: `${locale}-sp-${n}`, body: doc(p(title)) },
      publishAllLocales: true,
    } as never)
  }
  expect(
    (
      await api.patch(
        `/guides/${guideId}?locale=zh&draft=true`,
        { title: `草稿${n}` },
        tokens.editor,
      )
    ).status,
  ).toBe(200)
  expect(
    (
      await api.patch(
        `/guides/${guideId}?locale=ru&draft=true`,
        { title: `Черновик ${n}` },
        tokens.ru,
      )
    ).status,
  ).toBe(200)
})

describe('a scheduled publish', () => {
  it("a translator's scheduled ru publish puts ru live at its time, and only ru", async () => {
    const at = inMs(2000)
    const scheduled = await schedule(
      api,
      'guides',
      guideId,
      { type: 'publish', locale: 'ru', at },
      tokens.ru,
    )
    expect(scheduled.status).toBe(201)
    expect(await scheduledEvents(api, 'guides', guideId, tokens.editor)).toMatchObject([
      { type: 'publish', locale: 'ru', at: new Date(at).toISOString(), failed: null },
    ])

    // Before its time the queue leaves it alone.
    await runQueue(payload)
    expect(await publicTitle('ru')).toBe(`Продление ${n}`)
    expect(await jobsOf(guideId)).toHaveLength(1)

    await waitUntilPast(at)
    await runQueue(payload)
    expect(await publicTitle('ru')).toBe(`Черновик ${n}`)
    // The editor's pending zh draft stayed a draft; en is as it was.
    expect(await publicTitle('zh')).toBe(`续费${n}`)
    expect(await publicTitle('en')).toBe(`Renewal ${n}`)
    // Done: nothing pending any more (Payload deletes a completed job).
    expect(await scheduledEvents(api, 'guides', guideId, tokens.editor)).toEqual([])
    // The publish is the translator's (the job ran as the user who scheduled it).
    const states = await api.get(`/guides/${guideId}/locale-states`, tokens.editor)
    const ru = (
      states.json.locales as { locale: string; state: string; by: { email: string } | null }[]
    ).find((s) => s.locale === 'ru')
    expect(ru).toMatchObject({ state: 'published', by: { email: 'ru@schedule.test' } })
  })

  it("an editor's scheduled zh publish publishes zh, leaving the ru draft pending", async () => {
    const at = inMs(1500)
    expect(
      (await schedule(api, 'guides', guideId, { type: 'publish', locale: 'zh', at }, tokens.editor))
        .status,
    ).toBe(201)
    await waitUntilPast(at)
    await runQueue(payload)
    expect(await publicTitle('zh')).toBe(`草稿${n}`)
    expect(await publicTitle('ru')).toBe(`Продление ${n}`)
  })

  it('is checked again when it runs: a translator who lost the language publishes nothing', async () => {
    const at = inMs(1500)
    expect(
      (await schedule(api, 'guides', guideId, { type: 'publish', locale: 'ru', at }, tokens.ru))
        .status,
    ).toBe(201)
    await payload.update({
      collection: 'users',
      id: users.ru.id,
      data: { editableLocales: ['en'] },
    })
    try {
      await waitUntilPast(at)
      await runQueue(payload)
      expect(await publicTitle('ru')).toBe(`Продление ${n}`)
      const [failed] = await scheduledEvents(api, 'guides', guideId, tokens.editor)
      expect(failed).toMatchObject({ type: 'publish', locale: 'ru' })
      expect(failed?.failed).toMatch(/translator/i)
    } finally {
      await payload.update({
        collection: 'users',
        id: users.ru.id,
        data: { editableLocales: ['ru'] },
      })
    }
  })
})

describe('a scheduled unpublish', () => {
  it('takes the whole document offline at its time', async () => {
    const at = inMs(1500)
    expect(
      (await schedule(api, 'guides', guideId, { type: 'unpublish', at }, tokens.editor)).status,
    ).toBe(201)
    await runQueue(payload)
    expect(await publicTitle('zh')).toBe(`续费${n}`)
    await waitUntilPast(at)
    await runQueue(payload)
    for (const locale of ['zh', 'ru', 'en']) expect(await publicTitle(locale)).toBeNull()
  })
})

describe('who may schedule and cancel, and bad input', () => {
  it('refuses what the user may not publish, and malformed requests, with a message', async () => {
    const later = inMs(60 * 60 * 1000)
    const cases: [unknown, string | undefined, number, number | string][] = [
      [{ type: 'publish', locale: 'en', at: later }, tokens.ru, 403, guideId],
      [{ type: 'unpublish', at: later }, tokens.ru, 403, guideId],
      [{ type: 'publish', locale: 'ru', at: later }, undefined, 401, guideId],
      [{ type: 'publish', locale: 'ru', at: inMs(-1000) }, tokens.editor, 400, guideId],
      [{ type: 'publish', locale: 'ru', at: 'tomorrow' }, tokens.editor, 400, guideId],
      [
        { type: 'publish', locale: 'ru', at: inMs(3 * 366 * 24 * 3600 * 1000) },
        tokens.editor,
        400,
        guideId,
      ],
      [{ type: 'publish', locale: 'de', at: later }, tokens.editor, 400, guideId],
      [{ type: 'publish', at: later }, tokens.editor, 400, guideId],
      [{ type: 'delete', at: later }, tokens.editor, 400, guideId],
      [{ type: 'publish', locale: 'ru', at: later }, tokens.editor, 400, 'abc'],
      [{ type: 'publish', locale: 'ru', at: later }, tokens.editor, 404, 99999999],
    ]
    for (const [body, token, status, id] of cases) {
      const answer = await api.post(`/guides/${id}/schedule`, body, token)
      expect({ body, status: answer.status }).toEqual({ body, status })
      expect(answer.json.errors?.[0]?.message).toEqual(expect.any(String))
    }
    expect(await jobsOf(guideId)).toEqual([])
    expect((await api.get(`/guides/${guideId}/schedule`)).status).toBe(401)
  })

  it("lets editors cancel any event and translators only their own language's", async () => {
    const later = inMs(60 * 60 * 1000)
    const zh = await schedule(
      api,
      'guides',
      guideId,
      { type: 'publish', locale: 'zh', at: later },
      tokens.editor,
    )
    const ru = await schedule(
      api,
      'guides',
      guideId,
      { type: 'publish', locale: 'ru', at: later },
      tokens.editor,
    )
    const zhId = zh.json.event.id as number
    const ruId = ru.json.event.id as number
    const cancel = (id: number | string, token?: string, doc: number = guideId) =>
      api.rest(
        new Request(`http://localhost/api/guides/${doc}/schedule/${id}`, {
          method: 'DELETE',
          headers: token ? { authorization: `JWT ${token}` } : {},
        }),
      )
    expect((await cancel(zhId)).status).toBe(401)
    expect((await cancel(zhId, tokens.ru)).status).toBe(403)
    expect((await cancel(ruId, tokens.en)).status).toBe(403)
    expect((await cancel('x', tokens.editor)).status).toBe(400)
    // An event of another document is not found under this one.
    const other = await createGuide(payload, { title: `别的${n}`, slug: `other-${n}` })
    expect((await cancel(zhId, tokens.editor, other.id)).status).toBe(404)
    expect((await cancel(ruId, tokens.ru)).status).toBe(200)
    expect((await cancel(zhId, tokens.editor)).status).toBe(200)
    expect((await cancel(zhId, tokens.editor)).status).toBe(404)
    expect(await jobsOf(guideId)).toEqual([])
  })
})

describe('running the queue over HTTP', () => {
  it("is for the server's own runner (its token) and admins only", async () => {
    const at = inMs(800)
    await schedule(api, 'guides', guideId, { type: 'publish', locale: 'zh', at }, tokens.editor)
    await waitUntilPast(at)
    const run = (headers: Record<string, string>) =>
      api.rest(new Request('http://localhost/api/payload-jobs/run', { headers }))
    expect((await run({})).status).toBe(401)
    expect((await run({ authorization: `JWT ${tokens.editor}` })).status).toBe(401)
    expect((await run({ authorization: `JWT ${tokens.ru}` })).status).toBe(401)
    expect((await run({ [runnerTokenHeader]: 'guessed' })).status).toBe(401)
    expect(await publicTitle('zh')).toBe(`续费${n}`)
    expect((await run({ [runnerTokenHeader]: runnerToken() })).status).toBe(200)
    expect(await publicTitle('zh')).toBe(`草稿${n}`)

    const next = inMs(800)
    await schedule(api, 'guides', guideId, { type: 'publish', locale: 'ru', at: next }, tokens.ru)
    await waitUntilPast(next)
    const admin = await signIn('admin@schedule.test')
    expect((await run({ authorization: `JWT ${admin}` })).status).toBe(200)
    expect(await publicTitle('ru')).toBe(`Черновик ${n}`)
  })
})

describe('one runner for several instances on one database', () => {
  it('only the lock holder runs the queue; when it dies another takes over', async () => {
    const url = process.env.DATABASE_URL!
    const first = runnerLock(url)
    const second = runnerLock(url)
    try {
      expect(await first.held()).toBe(true)
      expect(await second.held()).toBe(false)
      expect(await first.held()).toBe(true)
      // The first instance's connection dies (a crashed process): Postgres drops its lock.
      const admin = new pg.Client(url)
      await admin.connect()
      await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'simatlas-job-runner' and pid <> pg_backend_pid() and pid = (select pid from pg_locks where locktype = 'advisory' and granted limit 1)`,
      )
      await admin.end()
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(await second.held()).toBe(true)
      expect(await first.held()).toBe(false)
    } finally {
      await first.release()
      await second.release()
    }
  })
})
