import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Guide } from '../../src/payload-types'
import { doc, p } from '../support/lexical'
import { searchContent } from '../../src/lib/search/query'
import { apiClient } from '../support/api'
import { createGuide } from '../support/content'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn } from '../support/staff'

/**
 * The publish state all languages share: no save takes a published guide offline unless it
 * asks to unpublish, and publishing one language never changes another's public text.
 */
let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
const tokens: Record<'editor' | 'translator', string> = {} as never
let guideId: number
let counter = 0

const publicGuide = async (locale: string) => {
  const { status, json } = await api.get(`/guides/${guideId}?locale=${locale}`)
  return { status, title: (json as Guide).title }
}
const publicList = async (locale: string) =>
  ((await api.get(`/guides?locale=${locale}&limit=100&depth=0`)).json.docs as Guide[]).map(
    (g) => g.id,
  )
/** Whether a search in `locale` for `q` finds this test's guide (by its slug there). */
const searchFinds = async (locale: 'zh' | 'ru' | 'en', q: string) =>
  (await searchContent(payload, { locale, q, limit: 50 })).hits.some((hit) =>
    hit.slug.endsWith(`-${counter}`),
  )

/** Asserts what an anonymous reader gets in every locale. */
async function expectPublic(titles: Record<'zh' | 'ru' | 'en', string>) {
  for (const [locale, title] of Object.entries(titles)) {
    expect(await publicGuide(locale)).toEqual({ status: 200, title })
    expect(await publicList(locale)).toContain(guideId)
  }
}

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  await createStaff(payload, 'admin@publish.test', 'admin')
  await createStaff(payload, 'editor@publish.test', 'editor')
  await createStaff(payload, 'ru@publish.test', 'translator')
  tokens.editor = await signIn('editor@publish.test')
  tokens.translator = await signIn('ru@publish.test')
})
afterAll(async () => {
  await closePayload(payload)
})

// Each test starts from a guide published in all three languages.
beforeEach(async () => {
  counter += 1
  const created = await createGuide(payload, {
    title: `续费指南${counter}`,
    slug: `xufei-${counter}`,
    body: doc(p('原文')),
    _status: 'published',
  })
  guideId = created.id
  for (const [locale, title, slug] of [
    ['ru', `Продление ${counter}`, `prodlenie-${counter}`],
    ['en', `Renewal ${counter}`, `renewal-${counter}`],
  ] as const) {
    await payload.update({
      collection: 'guides',
      id: guideId,
      locale,
      data: { title, slug, body: doc(p(title)), _status: 'published' },
    })
  }
})

describe('a translator publishing their language', () => {
  it('by the README route (draft, then ?publishSpecificLocale=ru) keeps the guide public in every language', async () => {
    const draft = await api.patch(
      `/guides/${guideId}?locale=ru&draft=true`,
      { title: `Черновик ${counter}` },
      tokens.translator,
    )
    expect(draft.status).toBe(200)
    const publish = await api.patch(
      `/guides/${guideId}?locale=ru&publishSpecificLocale=ru`,
      { title: `Новое продление ${counter}` },
      tokens.translator,
    )
    expect(publish.status).toBe(200)

    await expectPublic({
      zh: `续费指南${counter}`,
      ru: `Новое продление ${counter}`,
      en: `Renewal ${counter}`,
    })
    expect(await searchFinds('zh', '续费指南')).toBe(true)
    expect(await searchFinds('en', `Renewal ${counter}`)).toBe(true)
  })

  it("with an editor's draft pending, publishes Russian alone and leaves the editor's draft a draft", async () => {
    await api.patch(
      `/guides/${guideId}?locale=zh&draft=true`,
      { title: '编辑的草稿' },
      tokens.editor,
    )
    const publish = await api.patch(
      `/guides/${guideId}?locale=ru&publishSpecificLocale=ru`,
      { title: `Перевод ${counter}` },
      tokens.translator,
    )
    expect(publish.status).toBe(200)
    await expectPublic({
      zh: `续费指南${counter}`,
      ru: `Перевод ${counter}`,
      en: `Renewal ${counter}`,
    })
    const latest = await api.get(`/guides/${guideId}?locale=zh&draft=true`, tokens.editor)
    expect(latest.json.title).toBe('编辑的草稿')
  })

  it("cannot discard an editor's pending draft with Payload's all-locales flags", async () => {
    await api.patch(`/guides/${guideId}?locale=en&draft=true`, { title: 'EN draft' }, tokens.editor)
    for (const flag of ['unpublishAllLocales=true', 'publishAllLocales=true']) {
      const result = await api.patch(
        `/guides/${guideId}?locale=ru&publishSpecificLocale=ru&${flag}`,
        { title: 'RU' },
        tokens.translator,
      )
      expect(result.status).toBe(403)
    }
    const latest = await api.get(`/guides/${guideId}?locale=en&draft=true`, tokens.editor)
    expect(latest.json.title).toBe('EN draft')
    expect((await publicGuide('ru')).title).toBe(`Продление ${counter}`)
  })

  it("does not put an editor's pending draft of shared fields live (dates, relations, order)", async () => {
    const published = await api.get(`/guides/${guideId}?locale=en`)
    await api.patch(`/guides/${guideId}?locale=en&draft=true`, { topic: 'expiry' }, tokens.editor)
    const publishRu = await api.patch(
      `/guides/${guideId}?locale=ru&publishSpecificLocale=ru`,
      { title: `Перевод ${counter}` },
      tokens.translator,
    )
    expect(publishRu.status).toBe(409)
    expect(publishRu.json.errors[0].message).toMatch(/"topic" has a change waiting/)
    const after = await api.get(`/guides/${guideId}?locale=en`)
    expect(after.json.topic).toBe(published.json.topic)
    // The editor's draft is still there, and once it is published the translator can go on.
    const draft = await api.get(`/guides/${guideId}?locale=en&draft=true`, tokens.editor)
    expect(draft.json.topic).toBe('expiry')
    await api.patch(`/guides/${guideId}?locale=en`, { _status: 'published' }, tokens.editor)
    const again = await api.patch(
      `/guides/${guideId}?locale=ru&publishSpecificLocale=ru`,
      { title: `Перевод ${counter}` },
      tokens.translator,
    )
    expect(again.status).toBe(200)
    expect((await publicGuide('ru')).title).toBe(`Перевод ${counter}`)
  })

  it('cannot publish one language of a guide that was never published', async () => {
    const draftOnly = await createGuide(payload, {
      title: '未发布',
      slug: `weifabu-${counter}`,
      body: doc(p('草稿')),
      _status: 'draft',
    })
    for (const token of [tokens.translator, tokens.editor]) {
      const locale = token === tokens.translator ? 'ru' : 'en'
      const result = await api.patch(
        `/guides/${draftOnly.id}?locale=${locale}&publishSpecificLocale=${locale}`,
        { title: 'Only this language', _status: 'published' },
        token,
      )
      expect(result.status).toBe(403)
      expect(result.json.errors[0].message).toMatch(/not published yet/)
    }
    expect((await api.get(`/guides/${draftOnly.id}?locale=zh`)).status).toBe(404)
  })
})

describe('an editor', () => {
  it('saving without ?draft=true after a draft keeps the guide published (the save goes live)', async () => {
    await api.patch(`/guides/${guideId}?locale=en&draft=true`, { title: 'Draft' }, tokens.editor)
    const save = await api.patch(
      `/guides/${guideId}?locale=en`,
      { title: `Renewal, edited ${counter}` },
      tokens.editor,
    )
    expect(save.status).toBe(200)
    await expectPublic({
      zh: `续费指南${counter}`,
      ru: `Продление ${counter}`,
      en: `Renewal, edited ${counter}`,
    })
    // GraphQL and a bulk save (PATCH with a where) go the same way.
    await api.patch(`/guides/${guideId}?locale=ru&draft=true`, { title: 'Черн.' }, tokens.editor)
    const viaGraphql = await api.graphql(
      `mutation { updateGuide(id: ${guideId}, locale: ru, data: { title: "По GraphQL ${counter}" }) { id } }`,
      tokens.editor,
    )
    expect(viaGraphql.json.errors).toBeUndefined()
    await api.patch(`/guides/${guideId}?locale=zh&draft=true`, { title: '草' }, tokens.editor)
    const bulk = await api.patch(
      `/guides?where[id][equals]=${guideId}&locale=zh`,
      { title: `批量${counter}` },
      tokens.editor,
    )
    expect(bulk.status).toBe(200)
    await expectPublic({
      zh: `批量${counter}`,
      ru: `По GraphQL ${counter}`,
      en: `Renewal, edited ${counter}`,
    })
  })

  it('restoring a draft version publishes that version instead of unpublishing the guide', async () => {
    await api.patch(`/guides/${guideId}?locale=zh&draft=true`, { title: '旧草稿' }, tokens.editor)
    const { docs } = await payload.findVersions({
      collection: 'guides',
      where: { parent: { equals: guideId }, 'version._status': { equals: 'draft' } },
      sort: '-updatedAt',
      limit: 1,
    })
    const restore = await api.post(`/guides/versions/${docs[0].id}`, {}, tokens.editor)
    expect(restore.status).toBe(200)
    expect(await publicGuide('zh')).toEqual({ status: 200, title: '旧草稿' })
    expect(await publicList('en')).toContain(guideId)
  })

  it('still unpublishes when asking for it, on REST and GraphQL', async () => {
    await api.patch(`/guides/${guideId}?locale=zh&draft=true`, { title: '待定' }, tokens.editor)
    const unpublish = await api.patch(
      `/guides/${guideId}?locale=zh`,
      { _status: 'draft' },
      tokens.editor,
    )
    expect(unpublish.status).toBe(200)
    for (const locale of ['zh', 'ru', 'en']) {
      expect((await publicGuide(locale)).status).toBe(404)
    }
    expect(await searchFinds('zh', '续费指南')).toBe(false)

    await api.patch(`/guides/${guideId}?locale=zh`, { _status: 'published' }, tokens.editor)
    expect((await publicGuide('ru')).status).toBe(200)
    const viaGraphql = await api.graphql(
      `mutation { updateGuide(id: ${guideId}, locale: zh, data: { _status: draft }) { id } }`,
      tokens.editor,
    )
    expect(viaGraphql.json.errors).toBeUndefined()
    expect((await publicGuide('en')).status).toBe(404)
  })
})

// Carriers and channels have drafts since issue 11: the same publish state, generically.
describe.each([
  // A carrier counts as translated by its description.
  [
    'carriers',
    'Carrier',
    { country: 'KZ', autoRenewal: 'unknown', status: 'active', description: '描述' },
  ],
  [
    'channels',
    'Channel',
    { kinds: ['carrier-app'], verification: 'official', worksFromAbroad: 'yes' },
  ],
] as const)('a published %s', (collection, one, shared) => {
  const readName = async (id: number, locale: string) => {
    const { status, json } = await api.get(`/${collection}/${id}?locale=${locale}`)
    return status === 200 ? (json as { name: string }).name : status
  }
  const create = async () => {
    counter += 1
    const created = await api.post(
      `/${collection}?locale=zh`,
      { ...shared, name: `名称${counter}`, slug: `${collection}-${counter}`, _status: 'published' },
      tokens.editor,
    )
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const id = (created.json.doc as { id: number }).id
    const ru = await api.patch(
      `/${collection}/${id}?locale=ru`,
      { name: `Имя ${counter}`, description: 'Описание', _status: 'published' },
      tokens.editor,
    )
    expect(ru.status, JSON.stringify(ru.json)).toBe(200)
    return id
  }

  it('keeps readers on the published text while drafts wait, and a plain save goes live in its locale alone', async () => {
    const id = await create()
    await api.patch(`/${collection}/${id}?locale=zh&draft=true`, { name: '草稿' }, tokens.editor)
    await api.patch(
      `/${collection}/${id}?locale=ru&draft=true`,
      { name: 'Черновик' },
      tokens.translator,
    )
    expect([await readName(id, 'zh'), await readName(id, 'ru')]).toEqual([
      `名称${counter}`,
      `Имя ${counter}`,
    ])
    const gql = await api.graphql(`{ ${one}(id: ${id}, locale: zh, draft: true) { name } }`)
    expect(gql.json.data[one].name).toBe(`名称${counter}`)
    // The editor's save of zh (no ?draft=true) publishes zh; the translator's ru draft waits.
    const save = await api.patch(
      `/${collection}/${id}?locale=zh`,
      { name: `发布${counter}` },
      tokens.editor,
    )
    expect(save.status, JSON.stringify(save.json)).toBe(200)
    expect([await readName(id, 'zh'), await readName(id, 'ru')]).toEqual([
      `发布${counter}`,
      `Имя ${counter}`,
    ])
    const states = await api.get(`/${collection}/${id}/locale-states`, tokens.editor)
    expect(states.json.locales.map((l: { state: string }) => l.state)).toEqual([
      'published',
      'pending',
      'missing',
    ])
  })

  it('goes offline only when an editor unpublishes it, and a translator may not', async () => {
    const id = await create()
    const refused = await api.patch(
      `/${collection}/${id}?locale=ru`,
      { _status: 'draft' },
      tokens.translator,
    )
    expect(refused.status).toBe(403)
    expect(await readName(id, 'zh')).toBe(`名称${counter}`)
    const unpublish = await api.patch(
      `/${collection}/${id}?locale=zh`,
      { _status: 'draft' },
      tokens.editor,
    )
    expect(unpublish.status).toBe(200)
    expect([await readName(id, 'zh'), await readName(id, 'ru')]).toEqual([404, 404])
  })
})
