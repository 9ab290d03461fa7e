import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { doc, p } from '../support/lexical'
import { apiClient } from '../support/api'
import { createCarrier, createGuide } from '../support/content'
import { bootPayload, closePayload } from '../support/payload'
import { signIn, staffPassword as password } from '../support/staff'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let publishedId: number
let draftId: number
let carrierId: number
const users: Record<'admin' | 'editor' | 'translator', User> = {} as never

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()

  const published = await createGuide(payload, {
    title: '已发布的指南',
    slug: 'published-guide',
    body: doc(p('公开')),
    _status: 'published',
  })
  const draft = await createGuide(payload, {
    title: '秘密草稿',
    slug: 'secret-draft',
    body: doc(p('草稿')),
    _status: 'draft',
  })
  publishedId = published.id
  draftId = draft.id
  // A published guide with newer unpublished edits: the public must keep seeing the published text.
  await payload.update({
    collection: 'guides',
    id: publishedId,
    locale: 'zh',
    draft: true,
    data: { title: '未发布的修改' },
  })

  carrierId = (await createCarrier(payload, { name: '运营商', slug: 'carrier' })).id
})

afterAll(async () => {
  await closePayload(payload)
})

describe('the first user', () => {
  it('becomes an admin even when registered as something else; later users keep their role', async () => {
    users.admin = await payload.create({
      collection: 'users',
      data: { email: 'first@simatlas.test', password, role: 'translator' },
    })
    users.editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@simatlas.test', password, role: 'editor' },
    })
    users.translator = await payload.create({
      collection: 'users',
      data: { email: 'ru@simatlas.test', password, role: 'translator', editableLocales: ['ru'] },
    })
    expect([users.admin.role, users.editor.role, users.translator.role]).toEqual([
      'admin',
      'editor',
      'translator',
    ])
  })
})

describe('drafts never reach the public', () => {
  it('anonymous REST lists and reads only published guides, in their published version', async () => {
    const list = await api.get('/guides?locale=zh&limit=50')
    expect(list.status).toBe(200)
    const titles = list.json.docs.map((d: { title: string }) => d.title)
    expect(titles).toEqual(['已发布的指南'])
    expect(list.json.totalDocs).toBe(1)

    expect((await api.get(`/guides/${draftId}?locale=zh`)).status).toBe(404)
    expect((await api.get(`/guides/${publishedId}?draft=true&locale=zh`)).json.title).toBe(
      '已发布的指南',
    )
    expect((await api.get('/guides/versions')).status).toBe(403)
    // Asking for drafts anonymously gives the published list, complete: the guide with a
    // pending draft is in it, with its published text.
    const asked = await api.get('/guides?locale=zh&draft=true')
    expect(asked.json.docs.map((d: { title: string }) => d.title)).toEqual(['已发布的指南'])
  })

  it('anonymous GraphQL sees the same', async () => {
    const { json } = await api.graphql('{ Guides(locale: zh) { totalDocs docs { title } } }')
    expect(json.data.Guides).toEqual({ totalDocs: 1, docs: [{ title: '已发布的指南' }] })
    // Asking for drafts anonymously yields no draft content either.
    const drafts = await api.graphql('{ Guides(locale: zh, draft: true) { docs { title } } }')
    expect(JSON.stringify(drafts.json)).not.toMatch(/秘密草稿|未发布的修改/)
    expect(drafts.json.data.Guides.docs).toEqual([{ title: '已发布的指南' }])
    const single = await api.graphql(`{ Guide(id: ${draftId}) { title } }`)
    expect(single.json.data?.Guide ?? null).toBeNull()
  })

  it('signed-in staff see drafts', async () => {
    const token = await signIn(users.editor.email)
    const list = await api.get('/guides?locale=zh&draft=true', token)
    expect(list.json.docs.map((d: { title: string }) => d.title).sort()).toEqual(
      ['未发布的修改', '秘密草稿'].sort(),
    )
  })
})

// Carriers have drafts since issue 11: a translator's save is a draft or a publish of their own
// locale (`publishSpecificLocale=ru`). The refused changes of shared fields are sent as drafts:
// published, a change of a shared field is held earlier, as a pending shared change (409).
describe('translators', () => {
  it('may edit their own locale but a write to another locale is refused, on REST and the Local API', async () => {
    const token = await signIn(users.translator.email)
    const own = await api.patch(
      `/carriers/${carrierId}?locale=ru&publishSpecificLocale=ru`,
      { name: 'Оператор' },
      token,
    )
    expect(own.status).toBe(200)

    const other = await api.patch(`/carriers/${carrierId}?locale=en`, { name: 'Carrier' }, token)
    expect(other.status).toBe(403)
    await expect(
      payload.update({
        collection: 'carriers',
        id: carrierId,
        locale: 'zh',
        draft: true,
        data: { name: '改掉源文' },
        user: users.translator,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)

    const zh = await payload.findByID({ collection: 'carriers', id: carrierId, locale: 'zh' })
    const en = await payload.findByID({ collection: 'carriers', id: carrierId, locale: 'en' })
    const ru = await payload.findByID({ collection: 'carriers', id: carrierId, locale: 'ru' })
    expect([zh.name, en.name, ru.name]).toEqual(['运营商', '运营商', 'Оператор'])
  })

  it('translate a fact in their own locale, but may not touch its kind, source or rows', async () => {
    const source = {
      url: 'https://example.kz/page',
      title: 'Example page',
      language: 'en' as const,
      checkedOn: '2026-12-01',
    }
    const seeded = await payload.update({
      collection: 'carriers',
      id: carrierId,
      locale: 'zh',
      data: { facts: [{ kind: 'website', text: '官网是 example.kz。', source }] },
      overrideAccess: true,
    })
    const row = seeded.facts![0]
    const token = await signIn(users.translator.email)
    // What the admin's form sends back: the row as read, with the translator's Russian text.
    const translated = await api.patch(
      `/carriers/${carrierId}?locale=ru&publishSpecificLocale=ru`,
      { facts: [{ ...row, text: 'Официальный сайт — example.kz.' }] },
      token,
    )
    expect(translated.status, JSON.stringify(translated.json)).toBe(200)
    const [ru, zh] = await Promise.all(
      (['ru', 'zh'] as const).map((locale) =>
        payload.findByID({ collection: 'carriers', id: carrierId, locale }),
      ),
    )
    expect(ru.facts![0].text).toBe('Официальный сайт — example.kz.')
    expect(zh.facts![0].text).toBe('官网是 example.kz。')

    for (const change of [
      [{ ...row, kind: 'app' }],
      [{ ...row, source: { ...source, url: 'https://elsewhere.kz' } }],
      [row, { ...row, id: undefined }],
      [],
    ]) {
      const refused = await api.patch(
        `/carriers/${carrierId}?locale=ru&draft=true`,
        { facts: change },
        token,
      )
      expect(refused.status, JSON.stringify(change)).toBe(403)
      expect(refused.json.errors[0].message).toMatch(/"facts/)
    }
    const after = await payload.findByID({ collection: 'carriers', id: carrierId, locale: 'ru' })
    expect(after.facts).toHaveLength(1)
    expect(after.facts![0]).toMatchObject({ kind: 'website', source: { url: source.url } })
    await payload.update({
      collection: 'carriers',
      id: carrierId,
      data: { facts: [] },
      overrideAccess: true,
    })
  })

  it('cannot change shared facts or create and delete documents', async () => {
    const token = await signIn(users.translator.email)
    const shared = await api.patch(
      `/carriers/${carrierId}?locale=ru&draft=true`,
      { name: 'Оператор', slug: 'hijacked', autoRenewal: 'yes' },
      token,
    )
    // Refused as a whole, naming what they may not change (not "Updated successfully").
    expect(shared.status).toBe(403)
    expect(shared.json.errors[0].message).toMatch(/"slug", "autoRenewal"/)
    // Sending a shared field's current value, as the admin's form does, is no change.
    expect(
      (
        await api.patch(
          `/carriers/${carrierId}?locale=ru&publishSpecificLocale=ru`,
          { name: 'Оператор', slug: 'carrier' },
          token,
        )
      ).status,
    ).toBe(200)
    // The admin sends a list without rows as its row count: 0 facts is no change either,
    // while a fact added through the back door is refused.
    expect(
      (
        await api.patch(
          `/carriers/${carrierId}?locale=ru&publishSpecificLocale=ru`,
          { name: 'Оператор', facts: 0 },
          token,
        )
      ).status,
    ).toBe(200)
    const addedFact = await api.patch(
      `/carriers/${carrierId}?locale=ru&draft=true`,
      { facts: [{ kind: 'website', text: 'сайт' }] },
      token,
    )
    expect(addedFact.status).toBe(403)
    expect(addedFact.json.errors[0].message).toMatch(/"facts"/)
    const carrier = await payload.findByID({ collection: 'carriers', id: carrierId, locale: 'ru' })
    expect(carrier.slug).toBe('carrier')
    expect(carrier.autoRenewal).toBe('unknown')

    const created = await api.post('/carriers?locale=ru', { name: 'Новый', slug: 'new' }, token)
    expect(created.status).toBe(403)
    expect((await payload.count({ collection: 'carriers' })).totalDocs).toBe(1)
  })

  it('cannot give themselves another role or more locales', async () => {
    const token = await signIn(users.translator.email)
    const promote = await api.patch(
      `/users/${users.translator.id}`,
      { role: 'admin', editableLocales: ['ru', 'en', 'zh'] },
      token,
    )
    expect(promote.status).toBe(403)
    expect(promote.json.errors[0].message).toMatch(/"role", "editableLocales"/)
    const viaGraphql = await api.graphql(
      `mutation { updateUser(id: ${users.translator.id}, data: { role: admin }) { role } }`,
      token,
    )
    expect(JSON.stringify(viaGraphql.json.errors)).toMatch(/may not change \\"role\\"/)
    const me = await payload.findByID({ collection: 'users', id: users.translator.id })
    expect(me.role).toBe('translator')
    expect(me.editableLocales).toEqual(['ru'])
  })
})

describe('translators and the publish state every language shares', () => {
  const publicTitle = async (locale: string) =>
    (await api.get(`/guides/${publishedId}?locale=${locale}`)).json.title as string

  it("cannot publish the whole document (putting an editor's pending draft live), unpublish it or restore a version", async () => {
    const token = await signIn(users.translator.email)
    const publishAll = await api.patch(
      `/guides/${publishedId}?locale=ru`,
      { title: 'Всё сразу', _status: 'published' },
      token,
    )
    expect(publishAll.status).toBe(403)
    expect(publishAll.json.errors[0].message).toMatch(/publish their own language only/)

    const unpublish = await api.patch(
      `/guides/${publishedId}?locale=ru`,
      { _status: 'draft' },
      token,
    )
    expect(unpublish.status).toBe(403)
    // A plain save without ?draft=true is a publish in Payload: refused as well.
    expect(
      (await api.patch(`/guides/${publishedId}?locale=ru`, { title: 'Без черновика' }, token))
        .status,
    ).toBe(403)

    const viaGraphql = await api.graphql(
      `mutation { updateGuide(id: ${publishedId}, locale: ru, data: { _status: draft }) { id } }`,
      token,
    )
    expect(JSON.stringify(viaGraphql.json.errors)).toMatch(/publish their own language only/)
    await expect(
      payload.update({
        collection: 'guides',
        id: publishedId,
        locale: 'ru',
        data: { _status: 'draft' },
        user: users.translator,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/publish their own language only/)

    const { docs: versions } = await payload.findVersions({
      collection: 'guides',
      where: { parent: { equals: publishedId } },
      limit: 1,
    })
    await expect(
      payload.restoreVersion({
        collection: 'guides',
        id: versions[0].id,
        user: users.translator,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/publish their own language only/)

    // Still published, still the published text: the editor's zh draft did not go live.
    expect(await publicTitle('zh')).toBe('已发布的指南')
    expect(await publicTitle('ru')).not.toMatch(/Всё сразу|Без черновика/)
  })

  it('save drafts, and publish their own language alone', async () => {
    const token = await signIn(users.translator.email)
    const draft = await api.patch(
      `/guides/${publishedId}?locale=ru&draft=true`,
      { title: 'Черновик перевода', body: doc(p('Русский текст')) },
      token,
    )
    expect(draft.status).toBe(200)
    expect(await publicTitle('ru')).not.toBe('Черновик перевода')

    expect(
      (
        await api.patch(
          `/guides/${publishedId}?locale=ru&publishSpecificLocale=en`,
          { _status: 'published' },
          token,
        )
      ).status,
    ).toBe(403)

    const publishRu = await api.patch(
      `/guides/${publishedId}?locale=ru&publishSpecificLocale=ru`,
      {
        title: 'Опубликованный перевод',
        slug: 'opublikovannyy-perevod',
        body: doc(p('Русский текст')),
        _status: 'published',
      },
      token,
    )
    expect(publishRu.status).toBe(200)
    expect(await publicTitle('ru')).toBe('Опубликованный перевод')
    // Only Russian went live: the editor's pending zh edit is still a draft, and still there.
    expect(await publicTitle('zh')).toBe('已发布的指南')
    const editorToken = await signIn(users.editor.email)
    const latest = await api.get(`/guides/${publishedId}?locale=zh&draft=true`, editorToken)
    expect(latest.json.title).toBe('未发布的修改')
  })
})

describe('anonymous writes', () => {
  it('are refused with 403 and change nothing', async () => {
    const result = await api.post('/guides', { title: 'spam', slug: 'spam', topic: 'renewal' })
    expect(result.status).toBe(403)
    expect((await payload.count({ collection: 'guides' })).totalDocs).toBe(2)
  })
})
