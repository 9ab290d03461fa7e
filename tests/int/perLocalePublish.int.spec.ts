import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Guide, User } from '../../src/payload-types'
import { searchContent } from '../../src/lib/search/query'
import { apiClient } from '../support/api'
import { createGuide } from '../support/content'
import { doc, p } from '../support/lexical'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn } from '../support/staff'

/**
 * Per-locale publishing: a publish of one language never publishes another language's pending
 * draft (REST, GraphQL, the Local API, the admin's request), publishing every language is an
 * explicit editor action, each locale says what is pending and who changed it, and the public
 * site shows only what is published in each locale. Also the scenarios of Payload's open
 * localizeStatus bugs (#16395, #17923, #17738, #16889), run on this mechanism instead.
 */
let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
const users: Record<'editor' | 'ru' | 'en', User> = {} as never
const tokens: Record<'editor' | 'ru' | 'en', string> = {} as never
let guideId: number
let n = 0

type LocaleStatus = { locale: string; state: string; by: { email: string } | null; at: string }

const publicGuide = async (locale: string) => {
  const { status, json } = await api.get(`/guides/${guideId}?locale=${locale}&fallback-locale=none`)
  return status === 200 ? { title: (json as Guide).title, summary: (json as Guide).summary } : null
}
const draftGuide = async (locale: string) =>
  (
    await api.get(
      `/guides/${guideId}?locale=${locale}&draft=true&fallback-locale=none`,
      tokens.editor,
    )
  ).json as Guide
const states = async (id = guideId, token = tokens.editor) => {
  const { status, json } = await api.get(`/guides/${id}/locale-states`, token)
  expect(status).toBe(200)
  return Object.fromEntries((json.locales as LocaleStatus[]).map((s) => [s.locale, s]))
}

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  users.editor = await createStaff(payload, 'editor@per-locale.test', 'editor')
  users.ru = await createStaff(payload, 'ru@per-locale.test', 'translator')
  users.en = await createStaff(payload, 'en@per-locale.test', 'translator', {
    editableLocales: ['en'],
  })
  for (const who of ['editor', 'ru', 'en'] as const) {
    tokens[who] = await signIn(`${who}@per-locale.test`)
  }
})
afterAll(async () => {
  await closePayload(payload)
})

// Each test starts from a guide published in all three languages.
beforeEach(async () => {
  n += 1
  const created = await createGuide(payload, {
    title: `续费${n}`,
    slug: `xf-${n}`,
    summary: '摘要',
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
      data: { title, slug: `${locale}-${n}`, summary: `${locale} summary`, body: doc(p(title)) },
      publishAllLocales: true,
    } as never)
  }
})

/** The translator's unreviewed Russian draft, saved the way the admin's autosave does. */
const russianDraft = () =>
  api.patch(`/guides/${guideId}?locale=ru&draft=true`, { title: `Черновик ${n}` }, tokens.ru)

describe("an editor's publish of one language", () => {
  it("does not put the Russian translator's pending draft live (the admin's Publish, REST)", async () => {
    expect((await russianDraft()).status).toBe(200)
    // What Payload's "Publish changes" sends: the form's data and _status, ?locale=en, no draft.
    const publish = await api.patch(
      `/guides/${guideId}?locale=en&depth=0`,
      { summary: `Edited summary ${n}`, _status: 'published' },
      tokens.editor,
    )
    expect(publish.status).toBe(200)
    expect(await publicGuide('en')).toEqual({
      title: `Renewal ${n}`,
      summary: `Edited summary ${n}`,
    })
    expect((await publicGuide('ru'))?.title).toBe(`Продление ${n}`)
    // The draft is still there, pending, and says whose it is.
    expect((await draftGuide('ru')).title).toBe(`Черновик ${n}`)
    const s = await states()
    expect(s.ru).toMatchObject({ state: 'pending', by: { email: 'ru@per-locale.test' } })
    expect(s.en).toMatchObject({ state: 'published', by: { email: 'editor@per-locale.test' } })
    expect(s.zh.state).toBe('published')
  })

  it('does not either through GraphQL', async () => {
    await russianDraft()
    const result = await api.graphql(
      `mutation { updateGuide(id: ${guideId}, locale: en, data: { summary: "GraphQL ${n}", _status: published }) { id } }`,
      tokens.editor,
    )
    expect(result.json.errors).toBeUndefined()
    expect((await publicGuide('en'))?.summary).toBe(`GraphQL ${n}`)
    expect((await publicGuide('ru'))?.title).toBe(`Продление ${n}`)
  })

  it('does not either through the Local API with overrideAccess: false', async () => {
    await russianDraft()
    await payload.update({
      collection: 'guides',
      id: guideId,
      locale: 'en',
      data: { summary: `Local ${n}`, _status: 'published' },
      user: users.editor,
      overrideAccess: false,
    })
    expect((await publicGuide('en'))?.summary).toBe(`Local ${n}`)
    expect((await publicGuide('ru'))?.title).toBe(`Продление ${n}`)
  })

  it('nor a bulk publish (PATCH with a where; a guard: Payload builds a bulk save on the published document)', async () => {
    await russianDraft()
    const bulk = await api.patch(
      `/guides?where[id][equals]=${guideId}&locale=en`,
      { summary: `Bulk ${n}`, _status: 'published' },
      tokens.editor,
    )
    expect(bulk.status).toBe(200)
    expect((await publicGuide('en'))?.summary).toBe(`Bulk ${n}`)
    expect((await publicGuide('ru'))?.title).toBe(`Продление ${n}`)
  })

  it('publishes every language only when asked to (publishAllLocales=true), and only for editors', async () => {
    await russianDraft()
    const refused = await api.patch(
      `/guides/${guideId}?locale=ru&publishAllLocales=true`,
      { _status: 'published' },
      tokens.ru,
    )
    expect(refused.status).toBe(403)
    expect((await publicGuide('ru'))?.title).toBe(`Продление ${n}`)
    const all = await api.patch(
      `/guides/${guideId}?locale=en&publishAllLocales=true`,
      { summary: `All ${n}`, _status: 'published' },
      tokens.editor,
    )
    expect(all.status).toBe(200)
    expect((await publicGuide('ru'))?.title).toBe(`Черновик ${n}`)
    expect((await publicGuide('en'))?.summary).toBe(`All ${n}`)
    expect(Object.values(await states()).map((s) => s.state)).toEqual([
      'published',
      'published',
      'published',
    ])
  })

  it("a translator's Publish in Русский publishes Russian and leaves the English draft pending", async () => {
    await api.patch(`/guides/${guideId}?locale=en&draft=true`, { title: 'EN draft' }, tokens.en)
    const publish = await api.patch(
      `/guides/${guideId}?locale=ru&publishSpecificLocale=ru`,
      { title: `Опубликовано ${n}`, _status: 'published' },
      tokens.ru,
    )
    expect(publish.status).toBe(200)
    expect((await publicGuide('ru'))?.title).toBe(`Опубликовано ${n}`)
    expect((await publicGuide('en'))?.title).toBe(`Renewal ${n}`)
    const s = await states(guideId, tokens.ru)
    expect(s.en).toMatchObject({ state: 'pending', by: { email: 'en@per-locale.test' } })
    expect(s.ru).toMatchObject({ state: 'published', by: { email: 'ru@per-locale.test' } })
  })
})

describe('a document never published', () => {
  it("is published zh first, alone: the other languages' drafts stay drafts; a translation alone first is refused", async () => {
    const created = await createGuide(payload, { title: `新指南${n}`, slug: `new-${n}` })
    const id = created.id
    await payload.update({
      collection: 'guides',
      id,
      locale: 'ru',
      draft: true,
      data: { title: `Новый ${n}`, slug: `novyi-${n}`, body: doc(p('ру')) },
    })
    const enFirst = await api.patch(
      `/guides/${id}?locale=en`,
      { title: 'New', slug: `new-en-${n}`, _status: 'published' },
      tokens.editor,
    )
    expect(enFirst.status).toBe(403)
    expect(enFirst.json.errors[0].message).toMatch(/publish the Chinese source first/)
    const zhFirst = await api.patch(
      `/guides/${id}?locale=zh`,
      { _status: 'published' },
      tokens.editor,
    )
    expect(zhFirst.status).toBe(200)
    expect((await api.get(`/guides/${id}?locale=zh`)).json.title).toBe(`新指南${n}`)
    const ru = await api.get(`/guides/${id}?locale=ru&fallback-locale=none`)
    expect(ru.status).toBe(200)
    expect(ru.json.title ?? null).toBeNull()
    const s = await states(id)
    expect([s.zh.state, s.ru.state, s.en.state]).toEqual(['published', 'draft', 'missing'])
  })
})

// Carriers and channels have drafts since issue 11, under the same per-locale rules.
describe.each([
  ['carriers', { country: 'KZ', autoRenewal: 'unknown', status: 'active' }],
  ['channels', { kinds: ['carrier-app'], verification: 'official', worksFromAbroad: 'yes' }],
] as const)('a %s never published', (collection, shared) => {
  it("is published zh first, alone; an editor's zh publish leaves the translator's ru draft a draft", async () => {
    n += 1
    const created = await api.post(
      `/${collection}?locale=zh&draft=true`,
      { ...shared, name: `新的${n}`, slug: `${collection}-new-${n}` },
      tokens.editor,
    )
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const id = (created.json.doc as { id: number }).id
    const ruDraft = await api.patch(
      `/${collection}/${id}?locale=ru&draft=true`,
      { name: `Новый ${n}` },
      tokens.ru,
    )
    expect(ruDraft.status, JSON.stringify(ruDraft.json)).toBe(200)
    const enFirst = await api.patch(
      `/${collection}/${id}?locale=en`,
      { name: 'New', _status: 'published' },
      tokens.editor,
    )
    expect(enFirst.status).toBe(403)
    const zhFirst = await api.patch(
      `/${collection}/${id}?locale=zh`,
      { _status: 'published' },
      tokens.editor,
    )
    expect(zhFirst.status, JSON.stringify(zhFirst.json)).toBe(200)
    expect((await api.get(`/${collection}/${id}?locale=zh`)).json.name).toBe(`新的${n}`)
    const ru = await api.get(`/${collection}/${id}?locale=ru&fallback-locale=none`)
    expect(ru.json.name ?? null).toBeNull()
    const published = await api.patch(
      `/${collection}/${id}?locale=ru&publishSpecificLocale=ru`,
      { name: `Новый ${n}`, _status: 'published' },
      tokens.ru,
    )
    expect(published.status, JSON.stringify(published.json)).toBe(200)
    expect((await api.get(`/${collection}/${id}?locale=ru`)).json.name).toBe(`Новый ${n}`)
  })
})

describe('the public site shows only what is published in each locale', () => {
  it('zh and ru published, en only a draft: en falls back (noindex), is left out of the sitemap and hreflang, and en search does not find the draft', async () => {
    const created = await createGuide(payload, {
      title: `公开指南${n}`,
      slug: `gongkai-${n}`,
      body: doc(p('公开正文')),
    })
    const id = created.id
    await api.patch(`/guides/${id}?locale=zh`, { _status: 'published' }, tokens.editor)
    await api.patch(
      `/guides/${id}?locale=ru&publishSpecificLocale=ru`,
      {
        title: `Публичный ${n}`,
        slug: `publichnyi-${n}`,
        body: doc(p('Русский текст')),
        _status: 'published',
      },
      tokens.ru,
    )
    const draft = await api.patch(
      `/guides/${id}?locale=en&draft=true`,
      {
        title: `Zebracorn draft ${n}`,
        slug: `zebracorn-${n}`,
        body: doc(p('zebracorn unpublished words')),
      },
      tokens.en,
    )
    expect(draft.status).toBe(200)

    const { readGuide, readGuideList } = await import('../../src/lib/queries/guides')
    const { isTranslated } = await import('../../src/content/publicCollections')
    const { documentAlternates } = await import('../../src/lib/documentAlternates')
    const { sitemapEntriesOf } = await import('../../src/lib/sitemap/sitemapEntries')
    const { readCarrierList } = await import('../../src/lib/queries/carriers')
    const guide = (await readGuide(payload, id))!
    expect(isTranslated('guides', guide, 'zh')).toBe(true)
    expect(isTranslated('guides', guide, 'ru')).toBe(true)
    // The en page is a fallback: untranslated (noindex, the zh text marked), no en text at all.
    expect(isTranslated('guides', guide, 'en')).toBe(false)
    expect(JSON.stringify(guide)).not.toMatch(/zebracorn/i)
    const alternates = documentAlternates('guides', guide)
    expect(alternates).toEqual({
      zh: `/zh/guides/gongkai-${n}`,
      ru: `/ru/guides/publichnyi-${n}`,
      en: null,
    })
    const entries = sitemapEntriesOf({
      guides: await readGuideList(payload),
      ...(await readCarrierList(payload)),
    })
    const mine = entries.filter(
      (e) => e.url.includes(`gongkai-${n}`) || e.url.includes(`publichnyi-${n}`),
    )
    expect(mine.map((e) => new URL(e.url).pathname).sort()).toEqual([
      `/ru/guides/publichnyi-${n}`,
      `/zh/guides/gongkai-${n}`,
    ])
    expect(Object.keys(mine[0].alternates).sort()).toEqual(['ru', 'x-default', 'zh-Hans'])
    expect(
      (await searchContent(payload, { locale: 'en', q: 'zebracorn', limit: 20 })).hits,
    ).toEqual([])
    expect(
      (await searchContent(payload, { locale: 'ru', q: 'Публичный', limit: 20 })).hits.length,
    ).toBeGreaterThan(0)
    const s = await states(id)
    expect([s.zh.state, s.ru.state, s.en.state]).toEqual(['published', 'published', 'draft'])
  })
})

describe("Payload's localizeStatus bugs, their scenarios on our mechanism", () => {
  it('#16395: a publish after a draft edit publishes the newest text, and the edit view loads it', async () => {
    await api.patch(
      `/guides/${guideId}?locale=zh&draft=true`,
      { title: `草稿二${n}` },
      tokens.editor,
    )
    const publish = await api.patch(
      `/guides/${guideId}?locale=zh`,
      { title: `发布三${n}`, _status: 'published' },
      tokens.editor,
    )
    expect(publish.status).toBe(200)
    expect((await publicGuide('zh'))?.title).toBe(`发布三${n}`)
    expect((await draftGuide('zh')).title).toBe(`发布三${n}`)
    // Again with a translator's draft, then their publish of it.
    await russianDraft()
    await api.patch(
      `/guides/${guideId}?locale=ru&publishSpecificLocale=ru`,
      { _status: 'published' },
      tokens.ru,
    )
    expect((await publicGuide('ru'))?.title).toBe(`Черновик ${n}`)
    expect((await draftGuide('ru')).title).toBe(`Черновик ${n}`)
  })

  it("#17923: locale 'all' reads with a _status filter return the documents", async () => {
    await russianDraft()
    const rest = await api.get(
      `/guides?locale=all&where[_status][equals]=published&where[id][equals]=${guideId}&depth=0`,
    )
    expect(rest.json.docs.map((d: Guide) => d.id)).toEqual([guideId])
    const local = await payload.find({
      collection: 'guides',
      locale: 'all',
      where: { and: [{ _status: { equals: 'published' } }, { id: { equals: guideId } }] },
      overrideAccess: false,
    })
    expect(local.docs.map((d) => d.id)).toEqual([guideId])
    const drafts = await payload.find({
      collection: 'guides',
      locale: 'all',
      draft: true,
      where: { and: [{ _status: { equals: 'draft' } }, { id: { equals: guideId } }] },
      user: users.editor,
      overrideAccess: false,
    })
    expect(drafts.docs.map((d) => d.id)).toEqual([guideId])
  })

  it('#17738 (a guard): the migrated status columns are what the config says, one enum of two values', async () => {
    const { rows } = await payload.db.drizzle.execute(
      `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE t.typname IN ('enum_guides_status', 'enum__guides_v_version_status', 'enum_faqs_status')
        GROUP BY t.typname ORDER BY t.typname` as never,
    )
    expect(rows).toEqual([
      { typname: 'enum__guides_v_version_status', labels: '{draft,published}' },
      { typname: 'enum_faqs_status', labels: '{draft,published}' },
      { typname: 'enum_guides_status', labels: '{draft,published}' },
    ])
  })

  it('#16889: the translators_workspace migration carries existing content over (states unchanged, stamps filled)', async () => {
    await russianDraft()
    const before = await states()
    const read = async () => ({
      published: await payload.findByID({
        collection: 'guides',
        id: guideId,
        locale: 'all',
        depth: 0,
      }),
      latest: await payload.findByID({
        collection: 'guides',
        id: guideId,
        locale: 'all',
        depth: 0,
        draft: true,
      }),
    })
    const withoutStamps = (d: unknown) => ({ ...(d as object), localeEdit: undefined })
    const contentBefore = await read()
    // The rows as they were before the migration: no stamps.
    await payload.db.drizzle.execute(
      `UPDATE guides_locales SET locale_edit_at = NULL, locale_edit_by_id = NULL` as never,
    )
    await payload.db.drizzle.execute(
      `UPDATE _guides_v_locales SET version_locale_edit_at = NULL, version_locale_edit_by_id = NULL` as never,
    )
    const { backfillLocaleEdits } = await import('../../src/publishing/backfillLocaleEdits')
    await backfillLocaleEdits(payload.db.drizzle as never)
    const after = await states()
    expect(Object.values(after).map((s) => s.state)).toEqual(
      Object.values(before).map((s) => s.state),
    )
    expect(after.ru.state).toBe('pending')
    for (const s of Object.values(after)) {
      expect(s.at).toBeTruthy()
      expect(s.by).toBeNull()
    }
    const contentAfter = await read()
    expect(withoutStamps(contentAfter.published)).toEqual(withoutStamps(contentBefore.published))
    expect(withoutStamps(contentAfter.latest)).toEqual(withoutStamps(contentBefore.latest))
  })
})

describe('the locale-states route and the stamp', () => {
  it("names the shared fields a draft changes (a translator's publish waits for an editor)", async () => {
    expect(
      (await api.get(`/guides/${guideId}/locale-states`, tokens.ru)).json.sharedPending,
    ).toEqual([])
    await api.patch(`/guides/${guideId}?locale=en&draft=true`, { topic: 'expiry' }, tokens.editor)
    const { json } = await api.get(`/guides/${guideId}/locale-states`, tokens.ru)
    expect(json.sharedPending).toEqual(['topic'])
  })

  it('a publish in "all" locales without publishAllLocales is a 400 saying what to send', async () => {
    const result = await api.patch(
      `/guides/${guideId}?locale=all`,
      { _status: 'published' },
      tokens.editor,
    )
    expect(result.status).toBe(400)
    expect(result.json.errors[0].message).toMatch(/publishAllLocales=true/)
  })

  it('is for staff only, with 4xx for bad input', async () => {
    expect((await api.get(`/guides/${guideId}/locale-states`)).status).toBe(401)
    expect((await api.get(`/guides/abc/locale-states`, tokens.editor)).status).toBe(400)
    expect((await api.get(`/guides/99999999/locale-states`, tokens.editor)).status).toBe(404)
    expect((await api.get(`/faqs/99999999/locale-states`, tokens.ru)).status).toBe(404)
  })

  it('cannot be written by a request: the server replaces what it sends, and anonymous readers never see it', async () => {
    await russianDraft()
    for (const token of [tokens.editor, tokens.ru]) {
      const forged = await api.patch(
        `/guides/${guideId}?locale=ru&draft=true`,
        { title: `Черновик ${n}`, localeEdit: { by: users.en.id, at: '2020-01-01T00:00:00.000Z' } },
        token,
      )
      expect(forged.status).toBe(200)
    }
    const s = await states()
    expect(s.ru.by?.email).toBe('ru@per-locale.test')
    expect(s.ru.at).not.toBe('2020-01-01T00:00:00.000Z')
    const anonymous = await api.get(`/guides/${guideId}?locale=all`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json).not.toHaveProperty('localeEdit')
    const gql = await api.graphql(`{ Guide(id: ${guideId}) { localeEdit { at } } }`)
    expect(gql.json.data?.Guide?.localeEdit?.at ?? null).toBeNull()
  })

  it('a save that leaves a locale as it was keeps who changed it', async () => {
    await russianDraft()
    await api.patch(
      `/guides/${guideId}?locale=ru&draft=true`,
      { title: `Черновик ${n}` },
      tokens.editor,
    )
    expect((await states()).ru.by?.email).toBe('ru@per-locale.test')
  })
})
