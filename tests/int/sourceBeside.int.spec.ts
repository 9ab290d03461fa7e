import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TranslationSource } from '../../src/admin/sourceBeside/types'
import type { Locale } from '../../src/i18n/locales'
import type { Channel, Guide, User } from '../../src/payload-types'
import { apiClient } from '../support/api'
import { createGuide } from '../support/content'
import { callout, doc, h, p, steps } from '../support/lexical'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn } from '../support/staff'

/**
 * Source beside target: the endpoint the split view reads (the newest zh version, split into
 * translation units, one call per document) and the admin's "copy to locale" server function,
 * which must obey the same locale rules as every other write.
 */
let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
const tokens: Record<'editor' | 'ru' | 'en', string> = {} as never
const users: Record<'editor' | 'ru' | 'en', User> = {} as never
let counter = 0

const source = async (query: string, token?: string) => {
  const { status, json } = await api.get(`/translation-source?${query}`, token)
  return { status, json: json as TranslationSource & { errors?: { message: string }[] } }
}

/** A guide in zh, ru and en, published unless `status` says draft (never published). */
async function publishedGuide(status: 'published' | 'draft' = 'published') {
  counter += 1
  const guide = await createGuide(payload, {
    title: `续费指南 ${counter}`,
    slug: `source-beside-${counter}`,
    summary: '到期前怎么续费。',
    body: doc(
      h('h2', '先查余额'),
      p('在营业厅续费。'),
      steps(['打开应用', '选择套餐']),
      callout('tip', '保留收据。'),
    ) as never,
    _status: status,
  } as never)
  for (const locale of ['ru', 'en'] as const) {
    await payload.update({
      collection: 'guides',
      id: guide.id,
      locale,
      data: {
        title: `Guide ${locale} ${counter}`,
        slug: `guide-${locale}-${counter}`,
        body: doc(
          h('h2', `Balance ${locale}`),
          p(`Renew at a store ${locale}`),
          steps([`Open the app ${locale}`, `Choose a plan ${locale}`]),
          callout('tip', `Keep the receipt ${locale}`),
        ),
        _status: status,
      } as never,
    })
  }
  return guide.id
}

/** Calls the admin's "copy to locale" server function (ours, which the layout gives Payload's dispatcher) as `user`. */
async function copyToLocale(
  user: User,
  args: { docID: number; fromLocale: string; toLocale: string; overrideData: boolean },
) {
  const { copyDataFromLocaleAsDraft } = await import('../../src/publishing/copyToLocaleAsDraft')
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  try {
    await copyDataFromLocaleAsDraft({ req, collectionSlug: 'guides', ...args } as never)
    return 'copied'
  } catch (error) {
    return `refused: ${(error as Error).message}`
  }
}

const draftTitle = async (id: number, locale: Locale) =>
  (
    (await payload.findByID({
      collection: 'guides',
      id,
      locale,
      draft: true,
      fallbackLocale: false,
    })) as Guide
  ).title
const publishedTitle = async (id: number, locale: Locale) =>
  (
    (await payload.findByID({
      collection: 'guides',
      id,
      locale,
      draft: false,
      fallbackLocale: false,
    })) as Guide
  ).title

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  users.editor = await createStaff(payload, 'editor@beside.test', 'editor')
  users.ru = await createStaff(payload, 'ru@beside.test', 'translator')
  users.en = await createStaff(payload, 'en@beside.test', 'translator', { editableLocales: ['en'] })
  tokens.editor = await signIn('editor@beside.test')
  tokens.ru = await signIn('ru@beside.test')
  tokens.en = await signIn('en@beside.test')
})
afterAll(async () => {
  await closePayload(payload)
})

describe('GET /api/translation-source', () => {
  it('gives a translator the newest zh version (an editor’s draft too), unit by unit, beside each form path', async () => {
    const id = await publishedGuide()
    await payload.update({
      collection: 'guides',
      id,
      locale: 'zh',
      draft: true,
      data: { title: `续费指南 ${counter}（草稿）` },
    })
    const { status, json } = await source(`collection=guides&id=${id}&locale=ru`, tokens.ru)
    expect(status).toBe(200)
    expect(json.sourceLocale).toBe('zh')
    expect(json.values.title).toBe(`续费指南 ${counter}（草稿）`)
    expect(json.values.summary).toBe('到期前怎么续费。')
    expect((json.values.body as { root: unknown }).root).toBeTruthy()
    expect(json.units.map((u) => [u.key, u.formPath, u.kind, u.text])).toEqual([
      ['title', 'title', 'text', `续费指南 ${counter}（草稿）`],
      ['summary', 'summary', 'text', '到期前怎么续费。'],
      ['body#0', 'body', 'heading', '先查余额'],
      ['body#1', 'body', 'paragraph', '在营业厅续费。'],
      ['body#2', 'body', 'step', '打开应用'],
      ['body#3', 'body', 'step', '选择套餐'],
      ['body#4', 'body', 'callout', '保留收据。'],
    ])
  })

  it('marks the block an editor changed in zh as outdated, with its diff, and no other', async () => {
    const id = await publishedGuide()
    const editor = await api.patch(
      `/guides/${id}?locale=zh`,
      {
        body: doc(
          h('h2', '先查余额'),
          p('在营业厅或运营商应用里续费。'),
          steps(['打开应用', '选择套餐']),
          callout('tip', '保留收据。'),
        ),
      },
      tokens.editor,
    )
    expect(editor.status).toBe(200)
    const { json } = await source(`collection=guides&id=${id}&locale=ru`, tokens.ru)
    const states = Object.fromEntries(json.units.map((u) => [u.key, u.state]))
    expect(states['body#1']).toBe('outdated')
    expect(Object.entries(states).filter(([, state]) => state === 'outdated')).toEqual([
      ['body#1', 'outdated'],
    ])
    const changed = json.units.find((u) => u.key === 'body#1')
    expect(changed?.changes).toEqual([
      { value: '在营业厅' },
      { value: '或运营商应用里', added: true },
      { value: '续费。' },
    ])
    expect(json.units.find((u) => u.key === 'body#0')?.changes).toBeUndefined()
    expect(json.state).toBe('outdated')
    // The en translator reads no ru row (translation-status is per locale): no states for them.
    const en = await source(`collection=guides&id=${id}&locale=ru`, tokens.en)
    expect(en.json.state).toBe(null)
  })

  it('puts list items and facts beside their own row’s input', async () => {
    const channel = (await payload.create({
      collection: 'channels',
      locale: 'zh',
      data: {
        name: '官方应用',
        slug: `official-app-${++counter}`,
        kinds: ['carrier-app'],
        verification: 'official',
        worksFromAbroad: 'unknown',
        steps: [{ text: '登录' }, { text: '付款' }],
        meta: { title: '应用续费' },
      } as unknown as Channel,
    })) as Channel
    const { status, json } = await source(
      `collection=channels&id=${channel.id}&locale=en`,
      tokens.en,
    )
    expect(status).toBe(200)
    expect(json.units.map((u) => [u.key, u.formPath])).toEqual(
      expect.arrayContaining([
        ['name', 'name'],
        ['steps#0', 'steps.0.text'],
        ['steps#1', 'steps.1.text'],
      ]),
    )
    expect(json.values['steps.1.text']).toBe('付款')
  })

  it('answers bad requests with 4xx and a message, and nobody but staff', async () => {
    const id = await publishedGuide()
    const ok = `collection=guides&id=${id}&locale=ru`
    expect((await source(ok)).status).toBe(403)
    expect((await source(`collection=users&id=${id}&locale=ru`, tokens.ru)).status).toBe(400)
    expect((await source(`collection=guides&id=${id}&locale=zh`, tokens.ru)).status).toBe(400)
    expect((await source(`collection=guides&id=${id}&locale=de`, tokens.ru)).status).toBe(400)
    expect((await source(`collection=guides&id=${id}`, tokens.ru)).status).toBe(400)
    expect((await source(`collection=guides&id=abc&locale=ru`, tokens.ru)).status).toBe(404)
    expect((await source(`collection=guides&id=99999999999&locale=ru`, tokens.ru)).status).toBe(404)
    expect((await source(`collection=guides&id=2147483000&locale=ru`, tokens.ru)).status).toBe(404)
    const refused = await source(`collection=guides&id=${id}&locale=zh`, tokens.ru)
    expect(refused.json.errors?.[0].message).toMatch(/locale must be one of ru, en/)
  })
})

// Guards: Payload 3.90.1 with our access rules already behaves so (the server function writes
// with overrideAccess: false); these keep it so and record what an editor's copy does.
describe('copy to locale (the admin’s copyDataFromLocale server function)', () => {
  it('refuses a translator a locale they may not edit, and changes nothing there', async () => {
    // Not yet published. A copy sends the source's newest version whole, `_status` included, as
    // a draft save: after per-locale publishing the newest version is a draft, so it publishes
    // nothing (the next test).
    const id = await publishedGuide('draft')
    expect(
      await copyToLocale(users.ru, {
        docID: id,
        fromLocale: 'zh',
        toLocale: 'en',
        overrideData: true,
      }),
    ).toMatch(/^refused: (?!Translators save drafts)/)
    expect(
      await copyToLocale(users.ru, {
        docID: id,
        fromLocale: 'ru',
        toLocale: 'en',
        overrideData: true,
      }),
    ).toMatch(/^refused: (?!Translators save drafts)/)
    expect(
      await copyToLocale(users.en, {
        docID: id,
        fromLocale: 'zh',
        toLocale: 'ru',
        overrideData: true,
      }),
    ).toMatch(/^refused: (?!Translators save drafts)/)
    expect(await draftTitle(id, 'en')).toBe(`Guide en ${counter}`)
    expect(await draftTitle(id, 'ru')).toBe(`Guide ru ${counter}`)
    // Into their own locale it is a draft, like any translator's save: the public text stays.
    expect(
      await copyToLocale(users.ru, {
        docID: id,
        fromLocale: 'zh',
        toLocale: 'ru',
        overrideData: true,
      }),
    ).toBe('copied')
    expect(await draftTitle(id, 'ru')).toBe(`续费指南 ${counter}`)
  })

  it('a translator’s copy into their own locale of a published guide is a draft: nothing goes live', async () => {
    const id = await publishedGuide()
    const copied = await copyToLocale(users.ru, {
      docID: id,
      fromLocale: 'zh',
      toLocale: 'ru',
      overrideData: true,
    })
    expect(copied).toBe('copied')
    expect(await draftTitle(id, 'ru')).toBe(`续费指南 ${counter}`)
    const published = await payload.findByID({
      collection: 'guides',
      id,
      locale: 'ru',
      fallbackLocale: false,
      depth: 0,
    })
    expect(published.title).toBe(`Guide ru ${counter}`)
  })

  it('a copy is a draft even when the newest version is published (after publishing every language at once)', async () => {
    const id = await publishedGuide()
    const editor = await signIn('editor@beside.test')
    const all = await api.patch(
      `/guides/${id}?locale=zh&publishAllLocales=true`,
      { _status: 'published', summary: '全部发布' },
      editor,
    )
    expect(all.status).toBe(200)
    // The copy sends the newest version whole, `_status: "published"` included: it published.
    for (const user of [users.editor, users.ru]) {
      expect(
        await copyToLocale(user, {
          docID: id,
          fromLocale: 'zh',
          toLocale: 'ru',
          overrideData: true,
        }),
      ).toBe('copied')
      expect(await draftTitle(id, 'ru')).toBe(`续费指南 ${counter}`)
      expect(await publishedTitle(id, 'ru')).toBe(`Guide ru ${counter}`)
    }
  })

  it('an editor’s copy keeps a translator’s pending draft unless told to overwrite it, and publishes nothing', async () => {
    const id = await publishedGuide()
    const ru = await signIn('ru@beside.test')
    const saved = await api.patch(
      `/guides/${id}?locale=ru&draft=true`,
      { title: 'Черновик переводчика' },
      ru,
    )
    expect(saved.status).toBe(200)

    expect(
      await copyToLocale(users.editor, {
        docID: id,
        fromLocale: 'zh',
        toLocale: 'ru',
        overrideData: false,
      }),
    ).toBe('copied')
    expect(await draftTitle(id, 'ru')).toBe('Черновик переводчика')

    expect(
      await copyToLocale(users.editor, {
        docID: id,
        fromLocale: 'zh',
        toLocale: 'ru',
        overrideData: true,
      }),
    ).toBe('copied')
    // Overwriting replaces the pending draft's text in the newest version (older versions keep it)…
    expect(await draftTitle(id, 'ru')).toBe(`续费指南 ${counter}`)
    const { docs } = await payload.findVersions({
      collection: 'guides',
      where: { parent: { equals: id } },
      locale: 'ru',
      limit: 10,
      sort: '-updatedAt',
    })
    expect(docs.map((v) => (v.version as Guide).title)).toContain('Черновик переводчика')
    // …and, being a draft, puts nothing live: the public ru and en texts are the published ones.
    expect(await publishedTitle(id, 'ru')).toBe(`Guide ru ${counter}`)
    expect(await publishedTitle(id, 'en')).toBe(`Guide en ${counter}`)
  })
})
