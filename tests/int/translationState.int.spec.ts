import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Guide, TranslationStatus } from '../../src/payload-types'
import type { StatusUnit } from '../../src/translation/state/types'
import { apiClient } from '../support/api'
import { createGuide } from '../support/content'
import { doc, list, p, steps } from '../support/lexical'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn } from '../support/staff'

/**
 * The translation state: one row per document and target locale, kept by the public
 * collections' hooks. Each test starts from its own guide.
 */
let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
const tokens: Record<'editor' | 'ru' | 'en', string> = {} as never
let counter = 0

const zhBody = () => doc(p('第一段'), p('第二段'), p('第三段'))
const ruBody = () => doc(p('Первый'), p('Второй'), p('Третий'))

async function row(id: number, locale: 'ru' | 'en') {
  const { docs } = await payload.find({
    collection: 'translation-status',
    where: { rowKey: { equals: `guides:${id}:${locale}` } },
    overrideAccess: true,
  })
  expect(docs).toHaveLength(1)
  return docs[0] as TranslationStatus & { units: StatusUnit[] }
}

/** `{ key: state }` of a row's units. */
const states = (r: { units: StatusUnit[] }) =>
  Object.fromEntries(r.units.map((u) => [u.key, u.state]))

/** A zh guide with title, summary and three paragraphs, translated into ru (not en). */
async function translatedGuide(extra: Partial<Guide> = {}) {
  counter += 1
  const guide = await createGuide(payload, {
    title: `续费${counter}`,
    slug: `xufei-${counter}`,
    summary: '摘要',
    body: zhBody(),
    ...extra,
  })
  await payload.update({
    collection: 'guides',
    id: guide.id,
    locale: 'ru',
    data: {
      title: `Продление ${counter}`,
      slug: `prodlenie-${counter}`,
      summary: 'Кратко',
      body: ruBody(),
    },
  })
  return guide.id
}

const editZh = (id: number, data: Partial<Guide> & { minorEdit?: boolean }) =>
  payload.update({ collection: 'guides', id, locale: 'zh', data: data as Partial<Guide> })

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  await createStaff(payload, 'editor@state.test', 'editor')
  await createStaff(payload, 'ru@state.test', 'translator')
  await createStaff(payload, 'en@state.test', 'translator', { editableLocales: ['en'] })
  tokens.editor = await signIn('editor@state.test')
  tokens.ru = await signIn('ru@state.test')
  tokens.en = await signIn('en@state.test')
})
afterAll(async () => {
  await closePayload(payload)
})

describe('rows kept on every save', () => {
  it('a new zh document is missing in ru and en, every unit missing', async () => {
    counter += 1
    const guide = await createGuide(payload, {
      title: `新${counter}`,
      slug: `xin-${counter}`,
      body: zhBody(),
    })
    for (const locale of ['ru', 'en'] as const) {
      const r = await row(guide.id, locale)
      expect(r.state).toBe('missing')
      expect(r.title).toBe(`新${counter}`)
      expect(r.totalUnits).toBe(4)
      expect(r.missingUnits).toBe(4)
      expect(new Set(Object.values(states(r)))).toEqual(new Set(['missing']))
    }
  })

  it('a translator saving a locale makes it current; the other stays missing', async () => {
    const id = await translatedGuide()
    const ru = await row(id, 'ru')
    expect(ru.state).toBe('current')
    expect(ru.missingUnits).toBe(0)
    expect(ru.outdatedUnits).toBe(0)
    expect(ru.units.find((u) => u.key === 'body#1')).toMatchObject({
      translatedFromText: '第二段',
      sourceText: '第二段',
    })
    expect((await row(id, 'en')).state).toBe('missing')
  })

  it('a zh edit of one paragraph outdates exactly that block; other blocks and fields stay current', async () => {
    const id = await translatedGuide()
    await editZh(id, { body: doc(p('第一段'), p('第二段（已改）'), p('第三段')) })
    const ru = await row(id, 'ru')
    expect(states(ru)).toEqual({
      title: 'current',
      summary: 'current',
      'body#0': 'current',
      'body#1': 'outdated',
      'body#2': 'current',
    })
    expect(ru.state).toBe('outdated')
    expect(ru.outdatedUnits).toBe(1)
    expect(ru.outdatedSince).toBeTruthy()
    const changed = ru.units.find((u) => u.key === 'body#1')
    // What the split view diffs: the zh it was translated from, and the zh now.
    expect(changed).toMatchObject({ translatedFromText: '第二段', sourceText: '第二段（已改）' })
    // en had no translation: still missing, not outdated.
    expect((await row(id, 'en')).state).toBe('missing')
  })

  it('a zh edit of a text field outdates that field only', async () => {
    const id = await translatedGuide()
    await editZh(id, { summary: '新的摘要' })
    expect(states(await row(id, 'ru'))).toMatchObject({
      title: 'current',
      summary: 'outdated',
      'body#0': 'current',
      'body#1': 'current',
      'body#2': 'current',
    })
  })

  it('inserting a zh paragraph outdates only the inserted block, not the ones after it', async () => {
    const id = await translatedGuide()
    await editZh(id, { body: doc(p('第一段'), p('插入的段落'), p('第二段'), p('第三段')) })
    const ru = await row(id, 'ru')
    expect(states(ru)).toEqual({
      title: 'current',
      summary: 'current',
      'body#0': 'current',
      'body#1': 'outdated',
      'body#2': 'current',
      'body#3': 'current',
    })
    expect(ru.outdatedUnits).toBe(1)
    // The translator inserts the Russian paragraph at the same place: all current again.
    await payload.update({
      collection: 'guides',
      id,
      locale: 'ru',
      data: { body: doc(p('Первый'), p('Вставка'), p('Второй'), p('Третий')) },
    })
    expect((await row(id, 'ru')).state).toBe('current')
  })

  it('removing a zh paragraph marks the block now in its place, nothing else', async () => {
    const id = await translatedGuide()
    await editZh(id, { body: doc(p('第一段'), p('第三段')) })
    expect(states(await row(id, 'ru'))).toEqual({
      title: 'current',
      summary: 'current',
      'body#0': 'current',
      'body#1': 'outdated',
    })
  })

  it('list items and steps are units of their own', async () => {
    counter += 1
    const guide = await createGuide(payload, {
      title: `列表${counter}`,
      slug: `liebiao-${counter}`,
      body: doc(list('bullet', ['甲', '乙']), steps(['一步', '二步'])),
    })
    await payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'ru',
      data: {
        title: `Список ${counter}`,
        slug: `spisok-${counter}`,
        body: doc(list('bullet', ['А', 'Б']), steps(['Шаг 1', 'Шаг 2'])),
      },
    })
    await editZh(guide.id, { body: doc(list('bullet', ['甲', '乙']), steps(['一步', '第二步'])) })
    expect(states(await row(guide.id, 'ru'))).toEqual({
      title: 'current',
      'body#0': 'current',
      'body#1': 'current',
      'body#2': 'current',
      'body#3': 'outdated',
    })
  })

  it('a zh save flagged as a minor edit outdates nothing and follows the new zh text', async () => {
    const id = await translatedGuide()
    await editZh(id, { body: doc(p('第一段。'), p('第二段'), p('第三段')), minorEdit: true })
    const ru = await row(id, 'ru')
    expect(ru.state).toBe('current')
    expect(ru.outdatedUnits).toBe(0)
    const first = ru.units.find((u) => u.key === 'body#0')
    expect(first).toMatchObject({ sourceText: '第一段。', translatedFromText: '第一段。' })
    // A later real edit of the same block outdates it against the corrected text.
    await editZh(id, { body: doc(p('完全不同'), p('第二段'), p('第三段')) })
    expect(states(await row(id, 'ru'))['body#0']).toBe('outdated')
  })

  it('a translator saving fixes what they changed; untouched outdated blocks stay outdated', async () => {
    const id = await translatedGuide()
    await editZh(id, { summary: '新摘要', body: doc(p('第一段'), p('新二'), p('新三')) })
    expect((await row(id, 'ru')).outdatedUnits).toBe(3)
    const { status } = await api.patch(
      `/guides/${id}?locale=ru&draft=true`,
      { body: doc(p('Первый'), p('Новый второй'), p('Третий')) },
      tokens.ru,
    )
    expect(status).toBe(200)
    const ru = await row(id, 'ru')
    expect(states(ru)).toEqual({
      title: 'current',
      summary: 'outdated',
      'body#0': 'current',
      'body#1': 'current',
      'body#2': 'outdated',
    })
    expect(ru.state).toBe('outdated')
    expect(ru.translatedBy).toBeTruthy()
  })

  it('missing units: zh has text the target lacks; the document is missing without its translated field', async () => {
    counter += 1
    const guide = await createGuide(payload, {
      title: `部分${counter}`,
      slug: `bufen-${counter}`,
      summary: '摘要',
      body: zhBody(),
    })
    await payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'en',
      draft: true,
      data: { title: `Partly ${counter}`, slug: `partly-${counter}` },
    })
    const en = await row(guide.id, 'en')
    expect(states(en)).toEqual({
      title: 'current',
      summary: 'missing',
      'body#0': 'missing',
      'body#1': 'missing',
      'body#2': 'missing',
    })
    expect(en.missingUnits).toBe(4)
    expect(en.state).toBe('current')
    expect((await row(guide.id, 'ru')).state).toBe('missing')
  })

  it('a deleted document takes its rows with it', async () => {
    const id = await translatedGuide()
    await payload.delete({ collection: 'guides', id })
    const { totalDocs } = await payload.count({
      collection: 'translation-status',
      where: { rowKey: { like: `guides:${id}:` } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })
})

describe('the minor edit over the APIs', () => {
  it('REST: an editor sends "minorEdit": true with a zh save', async () => {
    const id = await translatedGuide({ _status: 'published' })
    const { status } = await api.patch(
      `/guides/${id}?locale=zh`,
      { summary: '摘要。', minorEdit: true },
      tokens.editor,
    )
    expect(status).toBe(200)
    expect((await row(id, 'ru')).state).toBe('current')
    // Without it, the same kind of save outdates.
    await api.patch(`/guides/${id}?locale=zh`, { summary: '摘要！' }, tokens.editor)
    expect(states(await row(id, 'ru')).summary).toBe('outdated')
  })

  it('GraphQL: minorEdit in the mutation data', async () => {
    const id = await translatedGuide()
    const { json } = await api.graphql(
      `mutation { updateGuide(id: ${id}, locale: zh, data: { summary: "摘要，", minorEdit: true }) { id } }`,
      tokens.editor,
    )
    expect(json.errors).toBeUndefined()
    expect((await row(id, 'ru')).state).toBe('current')
  })
})

describe('confirming a translation is still correct', () => {
  it('a translator marks their locale current; another locale’s translator may not', async () => {
    const id = await translatedGuide()
    await editZh(id, { summary: '改了' })
    const body = { collection: 'guides', id, locale: 'ru' }
    expect((await api.post('/translation-status/confirm', body, tokens.en)).status).toBe(403)
    expect((await api.post('/translation-status/confirm', body)).status).toBe(401)
    expect(
      (await api.post('/translation-status/confirm', { ...body, locale: 'zh' }, tokens.ru)).status,
    ).toBe(400)
    expect(
      (await api.post('/translation-status/confirm', { ...body, id: 'x' }, tokens.ru)).status,
    ).toBe(400)
    expect(
      (await api.post('/translation-status/confirm', { ...body, id: 999999 }, tokens.ru)).status,
    ).toBe(404)
    const confirmed = await api.post('/translation-status/confirm', body, tokens.ru)
    expect(confirmed).toMatchObject({ status: 200, json: { state: 'current', outdatedUnits: 0 } })
    expect((await row(id, 'ru')).units.find((u) => u.key === 'summary')).toMatchObject({
      state: 'current',
      translatedFromText: '改了',
    })
  })
})

describe('who reads and writes rows', () => {
  it('anonymous readers get nothing, over REST and GraphQL', async () => {
    await translatedGuide()
    expect((await api.get('/translation-status')).status).toBe(403)
    const { json } = await api.graphql('{ TranslationStatuses { totalDocs } }')
    expect(json.errors?.length).toBeGreaterThan(0)
  })

  it('a translator reads their own locale’s rows only; editors read all', async () => {
    const id = await translatedGuide()
    const en = await api.get(
      `/translation-status?where[rowKey][like]=guides:${id}:&limit=10`,
      tokens.en,
    )
    expect(en.status).toBe(200)
    expect((en.json.docs as TranslationStatus[]).map((r) => r.locale)).toEqual(['en'])
    const ruRow = await row(id, 'ru')
    expect((await api.get(`/translation-status/${ruRow.id}`, tokens.en)).status).toBe(404)
    const gql = await api.graphql(
      `{ TranslationStatuses(where: { locale: { equals: ru } }) { totalDocs } }`,
      tokens.en,
    )
    expect(gql.json.data.TranslationStatuses.totalDocs).toBe(0)
    const local = await payload.find({
      collection: 'translation-status',
      where: { locale: { equals: 'ru' } },
      overrideAccess: false,
      user: (
        await payload.find({ collection: 'users', where: { email: { equals: 'en@state.test' } } })
      ).docs[0],
    })
    expect(local.totalDocs).toBe(0)
    const editor = await api.get(
      `/translation-status?where[rowKey][like]=guides:${id}:&sort=locale`,
      tokens.editor,
    )
    expect((editor.json.docs as TranslationStatus[]).map((r) => r.locale).sort()).toEqual([
      'en',
      'ru',
    ])
  })

  it('a condition on the document relationship itself is a 400 saying to compare its id (it was a 500)', async () => {
    const id = await translatedGuide()
    for (const query of [
      `where[document][equals]=${id}`,
      'where[document][in]=1,2',
      'where[document][exists]=true',
      `where[document__value][not_equals]=${id}&where[document][equals]=${id}`,
    ]) {
      const { status, json } = await api.get(`/translation-status?${query}`, tokens.editor)
      expect(status, query).toBe(400)
      expect(json.errors[0].message).toMatch(
        /^where\[document\]\[(equals|in|exists)\]: document relates to several collections \(guides, faqs, carriers, channels\); compare its id, where\[document\.value\]\[equals\]=…, and the collection, where\[collection\]\[equals\]=…\.$/,
      )
    }
    // GraphQL's input for it is { relationTo, value }, which Payload refuses with a 400 itself.
    const gql = await api.graphql(
      '{ TranslationStatuses(where: { document: { relationTo: guides, value: 1 } }) { totalDocs } }',
      tokens.editor,
    )
    expect(gql.json.errors?.[0]?.extensions?.statusCode).toBe(400)
    const byId = await api.get(
      `/translation-status?where[document.value][equals]=${id}&where[collection][equals]=guides`,
      tokens.editor,
    )
    expect(byId.status).toBe(200)
    expect((byId.json.docs as TranslationStatus[]).map((r) => r.locale).sort()).toEqual([
      'en',
      'ru',
    ])
  })

  it('the worklist query: a locale, oldest outdated first', async () => {
    const first = await translatedGuide()
    const second = await translatedGuide()
    await editZh(second, { summary: '后改' })
    await editZh(first, { summary: '再改' })
    const { json } = await api.get(
      '/translation-status?where[locale][equals]=ru&where[state][equals]=outdated&sort=outdatedSince&limit=100',
      tokens.ru,
    )
    const ids = (json.docs as TranslationStatus[]).map((r) => r.rowKey)
    expect(ids.indexOf(`guides:${second}:ru`)).toBeLessThan(ids.indexOf(`guides:${first}:ru`))
  })

  it('nobody writes rows over REST or GraphQL, not even an editor', async () => {
    const id = await translatedGuide()
    const ruRow = await row(id, 'ru')
    const data = { rowKey: 'x', collection: 'guides', locale: 'ru', state: 'current' }
    for (const token of [undefined, tokens.ru, tokens.editor]) {
      expect((await api.post('/translation-status', data, token)).status).toBe(403)
      expect(
        (await api.patch(`/translation-status/${ruRow.id}`, { state: 'missing' }, token)).status,
      ).toBe(403)
      const del = await api.rest(
        new Request(`http://localhost/api/translation-status/${ruRow.id}`, {
          method: 'DELETE',
          headers: token ? { authorization: `JWT ${token}` } : {},
        }),
      )
      expect(del.status).toBe(403)
      const gql = await api.graphql(
        `mutation { updateTranslationStatus(id: ${ruRow.id}, data: { state: missing }) { id } }`,
        token,
      )
      expect(gql.json.errors?.length).toBeGreaterThan(0)
    }
    expect((await row(id, 'ru')).state).toBe('current')
  })
})

describe('under concurrent saves', () => {
  it('parallel saves of zh, ru and en keep one row per locale, each right', async () => {
    const id = await translatedGuide()
    await Promise.all([
      editZh(id, { summary: '并发摘要' }),
      payload.update({
        collection: 'guides',
        id,
        locale: 'en',
        draft: true,
        data: { title: `Parallel ${counter}`, slug: `parallel-${counter}` },
      }),
      payload.update({
        collection: 'guides',
        id,
        locale: 'ru',
        data: { body: doc(p('Первый!'), p('Второй'), p('Третий')) },
      }),
    ])
    const { totalDocs } = await payload.count({
      collection: 'translation-status',
      where: { rowKey: { like: `guides:${id}:` } },
    })
    expect(totalDocs).toBe(2)
    // Whatever Payload's own versions kept of the overlapping saves (each builds its version on
    // the newest it read), each row agrees with the newest version, serialised by the lock.
    const { readDocumentUnits } = await import('../../src/translation/state/statusRows')
    const newest = (await readDocumentUnits(payload, 'guides', id))!
    for (const locale of ['ru', 'en'] as const) {
      const r = await row(id, locale)
      const has = new Set(newest.units[locale].map((u) => u.key))
      expect(r.units.map((u) => u.key)).toEqual(newest.units.zh.map((u) => u.key))
      for (const unit of r.units) expect(unit.state === 'missing').toBe(!has.has(unit.key))
      expect(r.state === 'missing').toBe(!newest.translated[locale])
    }
  })

  it('the Local API with overrideAccess: false writes no row, even for an editor', async () => {
    const editor = (
      await payload.find({ collection: 'users', where: { email: { equals: 'editor@state.test' } } })
    ).docs[0]
    await expect(
      payload.create({
        collection: 'translation-status',
        data: { rowKey: 'x', collection: 'guides', locale: 'ru', state: 'current' } as never,
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow(/not allowed/i)
  })
})

describe('backfill', () => {
  it('content written without the state gets rows: translations present current, absent missing', async () => {
    const { ensureTranslationStatus } = await import('../../src/translation/state/backfill')
    counter += 1
    const guide = await payload.create({
      collection: 'guides',
      locale: 'zh',
      data: {
        title: `旧${counter}`,
        slug: `jiu-${counter}`,
        topic: 'renewal',
        country: 'KZ',
        body: zhBody(),
      },
      context: { skipTranslationState: true },
    })
    await payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'ru',
      data: { title: `Старый ${counter}`, slug: `stary-${counter}`, body: ruBody() },
      context: { skipTranslationState: true },
    })
    const before = await payload.count({
      collection: 'translation-status',
      where: { rowKey: { like: `guides:${guide.id}:` } },
    })
    expect(before.totalDocs).toBe(0)
    const report = await ensureTranslationStatus(payload)
    expect(report.guides.created).toBe(2)
    expect(states(await row(guide.id, 'ru'))).toEqual({
      title: 'current',
      'body#0': 'current',
      'body#1': 'current',
      'body#2': 'current',
    })
    expect((await row(guide.id, 'en')).state).toBe('missing')
    // Run again: nothing more.
    expect((await ensureTranslationStatus(payload)).guides.created).toBe(0)
  })

  it('the migration that adds the state fills it for the content already there', async () => {
    const { migrations } = await import('../../src/migrations')
    const backfill = migrations.find((m) => m.name.endsWith('_translation_status_backfill'))
    expect(backfill).toBeDefined()
    counter += 1
    const carrier = await payload.create({
      collection: 'carriers',
      locale: 'zh',
      data: {
        name: `骆驼${counter}`,
        slug: `camel-${counter}`,
        description: '一个测试运营商',
        country: 'KZ',
        autoRenewal: 'unknown',
        status: 'active',
      },
      context: { skipTranslationState: true },
    })
    await backfill!.up({ payload, req: {} } as never)
    const { docs } = await payload.find({
      collection: 'translation-status',
      where: { rowKey: { like: `carriers:${carrier.id}:` } },
      overrideAccess: true,
    })
    expect(docs.map((r) => [r.locale, r.state]).sort()).toEqual([
      ['en', 'missing'],
      ['ru', 'missing'],
    ])
  })
})
