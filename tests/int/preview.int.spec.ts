import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { createCarrier, createGuide } from '../support/content'
import { doc, p } from '../support/lexical'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff } from '../support/staff'

/**
 * The draft preview route's decision (who may preview which locale, and where the page is) and
 * the queries' preview view: the newest drafts for a staff member, never for anyone else. The
 * route's HTTP answers (draft mode cookie, headers, the rendered page) are in
 * tests/e2e/preview.e2e.spec.ts, against the running site.
 */
let payload: Payload
const users = {} as Record<'editor' | 'ru' | 'noRole', User>
let previewTarget: typeof import('../../src/preview/previewTarget').previewTarget
let parsePreviewQuery: typeof import('../../src/preview/previewTarget').parsePreviewQuery
let serial = 0

/** A guide published in zh and ru (en left untranslated), with a pending zh and ru draft. */
async function guideWithDrafts() {
  serial += 1
  const n = serial
  const guide = await createGuide(payload, {
    title: `公开标题${n}`,
    slug: `gongkai-${n}`,
    _status: 'published',
  })
  await payload.update({
    collection: 'guides',
    id: guide.id,
    locale: 'ru',
    data: {
      title: `Опубликовано ${n}`,
      slug: `opublikovano-${n}`,
      body: doc(p('Текст')),
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'guides',
    id: guide.id,
    locale: 'zh',
    draft: true,
    data: { title: `草稿标题${n}`, slug: `caogao-${n}` },
  })
  await payload.update({
    collection: 'guides',
    id: guide.id,
    locale: 'ru',
    draft: true,
    data: { title: `Черновик ${n}`, slug: `chernovik-${n}` },
  })
  return { id: guide.id, n }
}

beforeAll(async () => {
  payload = await bootPayload()
  ;({ previewTarget, parsePreviewQuery } = await import('../../src/preview/previewTarget'))
  users.editor = await createStaff(payload, 'editor@preview.test', 'editor')
  users.ru = await createStaff(payload, 'ru@preview.test', 'translator')
  // An account the admin has not given a role (yet), as the session would carry it.
  users.noRole = {
    ...(await createStaff(payload, 'nobody@preview.test', 'editor')),
    role: null as never,
  }
}, 120_000)
afterAll(async () => {
  await closePayload(payload)
})

describe('the preview route’s query', () => {
  it.each([
    [
      'collection=users&id=1&locale=zh',
      /collection must be one of guides, faqs, carriers, channels/,
    ],
    ['collection=guides&id=0&locale=zh', /id must be/],
    ['collection=guides&id=1e3&locale=zh', /id must be/],
    ['collection=guides&id=99999999999&locale=zh', /id must be/],
    ['collection=guides&id=1&locale=de', /locale must be one of zh, ru, en/],
    ['collection=guides&id=1', /locale must be/],
  ])('%s is a 400 with a message', (query, message) => {
    const parsed = parsePreviewQuery(new URLSearchParams(query))
    expect(parsed).toMatchObject({ status: 400 })
    expect((parsed as { message: string }).message).toMatch(message)
  })

  it('a well-formed one is taken as it is', () => {
    expect(parsePreviewQuery(new URLSearchParams('collection=faqs&id=12&locale=ru'))).toEqual({
      collection: 'faqs',
      id: 12,
      locale: 'ru',
    })
  })
})

describe('who may preview, and where it leads', () => {
  it('nobody signed in is sent to sign in first, whatever the document', async () => {
    const { id } = await guideWithDrafts()
    expect(await previewTarget(payload, null, { collection: 'guides', id, locale: 'zh' })).toEqual({
      signIn: true,
    })
  })

  it("an editor goes to the page under the newest draft's slug in the locale edited", async () => {
    const { id, n } = await guideWithDrafts()
    const at = (locale: 'zh' | 'ru' | 'en') =>
      previewTarget(payload, users.editor, { collection: 'guides', id, locale })
    expect(await at('zh')).toEqual({ path: `/zh/guides/caogao-${n}` })
    expect(await at('ru')).toEqual({ path: `/ru/guides/chernovik-${n}` })
    // No English yet: the page falls back to the zh source, under its slug, as readers get it.
    expect(await at('en')).toEqual({ path: `/en/guides/caogao-${n}` })
  })

  it('a document never published previews too', async () => {
    const guide = await createGuide(payload, {
      title: '新草稿',
      slug: 'xin-caogao',
      _status: 'draft',
    })
    expect(
      await previewTarget(payload, users.editor, {
        collection: 'guides',
        id: guide.id,
        locale: 'zh',
      }),
    ).toEqual({ path: '/zh/guides/xin-caogao' })
  })

  it('a FAQ opens the FAQ page at its question; a carrier its own page', async () => {
    const faq = await payload.create({
      collection: 'faqs',
      locale: 'zh',
      data: { question: '能退卡吗？', slug: 'tuika', topic: 'renewal', answer: doc(p('不能。')) },
      draft: true,
    })
    const carrier = await createCarrier(payload, { name: '运营商预览', slug: 'yunyingshang-yulan' })
    expect(
      await previewTarget(payload, users.editor, { collection: 'faqs', id: faq.id, locale: 'ru' }),
    ).toEqual({ path: '/ru/faq#tuika' })
    expect(
      await previewTarget(payload, users.editor, {
        collection: 'carriers',
        id: carrier.id,
        locale: 'en',
      }),
    ).toEqual({ path: '/en/carriers/yunyingshang-yulan' })
  })

  it('a translator previews the locales they edit, and no other', async () => {
    const { id, n } = await guideWithDrafts()
    expect(
      await previewTarget(payload, users.ru, { collection: 'guides', id, locale: 'ru' }),
    ).toEqual({ path: `/ru/guides/chernovik-${n}` })
    for (const locale of ['zh', 'en'] as const) {
      expect(await previewTarget(payload, users.ru, { collection: 'guides', id, locale })).toEqual({
        status: 403,
        message: `You may not preview the ${locale} pages`,
      })
    }
  })

  it('an account without a role is refused; a document that does not exist is a 404', async () => {
    const { id } = await guideWithDrafts()
    expect(
      await previewTarget(payload, users.noRole, { collection: 'guides', id, locale: 'zh' }),
    ).toMatchObject({ status: 403 })
    expect(
      await previewTarget(payload, users.editor, {
        collection: 'guides',
        id: 987654,
        locale: 'zh',
      }),
    ).toEqual({ status: 404, message: 'No guides document 987654' })
  })
})

describe("the queries' preview view", () => {
  it('reads the newest drafts for a staff member and the published text for everyone else', async () => {
    const { readGuide, readGuideList } = await import('../../src/lib/queries/guides')
    const { id, n } = await guideWithDrafts()
    const draft = await readGuide(payload, id, { draft: true, user: users.editor })
    expect(draft?.title).toMatchObject({ zh: `草稿标题${n}`, ru: `Черновик ${n}` })
    expect((await readGuide(payload, id))?.title).toMatchObject({
      zh: `公开标题${n}`,
      ru: `Опубликовано ${n}`,
    })
    // Asking for drafts without a staff user (a draft-mode cookie with no session) changes
    // nothing: the public still reads the published document.
    expect((await readGuide(payload, id, { draft: true, user: null }))?.title).toMatchObject({
      zh: `公开标题${n}`,
    })
    const unpublished = await createGuide(payload, {
      title: '未发布',
      slug: `weifabu-${n}`,
      _status: 'draft',
    })
    const listed = async (view?: Parameters<typeof readGuideList>[1]) =>
      (await readGuideList(payload, view)).some((g) => g.id === unpublished.id)
    expect(await listed()).toBe(false)
    expect(await listed({ draft: true, user: null })).toBe(false)
    expect(await listed({ draft: true, user: users.ru })).toBe(true)
  })
})
