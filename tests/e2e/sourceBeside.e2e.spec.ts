import { describe, expect, inject, it } from 'vitest'

import { doc, h, p } from '../support/lexical'
import { restClientFor } from '../support/restClient'
import { sharedBrowser } from '../support/sharedBrowser'
import { adminSignIn } from '../support/adminSignIn'

/**
 * Source beside target as the ru translator meets it: the zh source beside each field, the
 * paragraph an editor changed in zh marked with its diff (the others not), "start from the
 * source" filling an empty field, and a "copy to locale" that offers no locale but their own.
 */
const baseUrl = inject('baseUrl')
const browser = sharedBrowser()
const shots = process.env.SIMATLAS_SHOTS_DIR

const signIn = adminSignIn(baseUrl)

const zhBody = (second: string) => doc(h('h2', '到期以前'), p(second), p('续费后保存收据。'))

/** A guide published in zh and ru (ru with no summary); then an editor changes one zh paragraph. */
async function guideWithAChangedParagraph() {
  const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
  const stamp = Date.now()
  const created = await editor('POST', '/guides?locale=zh', {
    title: `分屏测试指南 ${stamp}`,
    slug: `split-view-${stamp}`,
    summary: '在到期前为游客卡续费。',
    body: zhBody('在营业厅续费。'),
    topic: 'renewal',
    country: 'KZ',
    _status: 'published',
  })
  const id = created.doc.id as number
  await editor('PATCH', `/guides/${id}?locale=ru`, {
    title: `Разделённый вид ${stamp}`,
    slug: `razdelennyi-vid-${stamp}`,
    body: doc(h('h2', 'До окончания срока'), p('Продлите в салоне связи.'), p('Сохраните чек.')),
    _status: 'published',
  })
  await editor('PATCH', `/guides/${id}?locale=zh`, {
    body: zhBody('在营业厅或运营商应用里续费。'),
    _status: 'published',
  })
  return { id, title: `分屏测试指南 ${stamp}` }
}

describe('the ru translator translates with the zh source beside each field', () => {
  it('shows the source, marks the changed paragraph, starts an empty field from the source', async () => {
    const guide = await guideWithAChangedParagraph()
    const context = await browser().newContext({ viewport: { width: 1600, height: 1200 } })
    const page = await context.newPage()
    try {
      await signIn(page, 'translator.ru@simatlas.test')
      await page.goto(`${baseUrl}/admin/collections/guides/${guide.id}?locale=ru`)

      const title = page.locator('[data-source-for="title"]')
      await title.waitFor({ timeout: 30_000 })
      expect(await title.locator('[lang="zh-Hans"]').innerText()).toBe(guide.title)
      expect(await page.locator('#field-title').inputValue()).toContain('Разделённый вид')

      const body = page.locator('[data-source-for="body"]')
      await body.waitFor()
      expect(await body.locator('[data-unit-key]').allInnerTexts()).toHaveLength(3)
      const changed = body.locator('[data-unit-key="body#1"]')
      expect(await changed.getAttribute('data-state')).toBe('outdated')
      expect(await changed.locator('.source-beside__diff ins').innerText()).toBe('或运营商应用里')
      for (const key of ['body#0', 'body#2']) {
        expect(await body.locator(`[data-unit-key="${key}"]`).getAttribute('data-state')).toBe(
          'current',
        )
      }
      if (shots) {
        await body.scrollIntoViewIfNeeded()
        await page.screenshot({ path: `${shots}/wt-split-ru-guide-marked.png`, fullPage: true })
      }

      // The ru summary is empty: one click puts the zh text in it, saved as a draft by autosave.
      const summary = page.locator('[data-source-for="summary"]')
      expect(await summary.locator('[data-state]').getAttribute('data-state')).toBe('missing')
      const autosaved = page.waitForResponse(
        (r) =>
          r.request().method() === 'PATCH' &&
          r.url().includes(`/api/guides/${guide.id}`) &&
          r.url().includes('draft=true'),
        { timeout: 30_000 },
      )
      await summary.getByRole('button').click()
      expect(await page.locator('#field-summary').inputValue()).toBe('在到期前为游客卡续费。')
      expect((await autosaved).status()).toBe(200)
      const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
      const draft = await editor(
        'GET',
        `/guides/${guide.id}?locale=ru&draft=true&fallback-locale=none`,
      )
      expect(draft.summary).toBe('在到期前为游客卡续费。')
      const published = await editor('GET', `/guides/${guide.id}?locale=ru&fallback-locale=none`)
      expect(published.summary ?? null).toBe(null)
      // A filled field offers no copy.
      expect(await title.getByRole('button').count()).toBe(0)
    } finally {
      await context.close()
    }
  })

  it('starts an empty rich-text body from the zh source, as a draft', async () => {
    const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
    const stamp = Date.now()
    const created = await editor('POST', '/guides?locale=zh', {
      title: `未翻译指南 ${stamp}`,
      slug: `untranslated-${stamp}`,
      body: doc(h('h2', '怎么续费'), p('带上护照去营业厅。')),
      topic: 'renewal',
      country: 'KZ',
      _status: 'published',
    })
    const id = created.doc.id as number
    const context = await browser().newContext({ viewport: { width: 1600, height: 1000 } })
    const page = await context.newPage()
    try {
      await signIn(page, 'translator.ru@simatlas.test')
      await page.goto(`${baseUrl}/admin/collections/guides/${id}?locale=ru`)
      const body = page.locator('[data-source-for="body"]')
      await body.waitFor({ timeout: 30_000 })
      const autosaved = page.waitForResponse(
        (r) =>
          r.request().method() === 'PATCH' &&
          r.url().includes(`/api/guides/${id}`) &&
          r.url().includes('draft=true'),
        { timeout: 30_000 },
      )
      await body.getByRole('button').click()
      const editable = page.locator('.rich-text-lexical [contenteditable="true"]').first()
      await expect
        .poll(() => editable.innerText(), { timeout: 15_000 })
        .toContain('带上护照去营业厅。')
      expect((await autosaved).status()).toBe(200)
      await expect
        .poll(
          async () =>
            JSON.stringify(
              (await editor('GET', `/guides/${id}?locale=ru&draft=true&fallback-locale=none`)).body,
            ),
          { timeout: 15_000 },
        )
        .toContain('带上护照去营业厅。')
    } finally {
      await context.close()
    }
  })

  it('gives the translator no "copy to locale" (an editor has it in the document menu)', async () => {
    const guide = await guideWithAChangedParagraph()
    const context = await browser().newContext({ viewport: { width: 1600, height: 1000 } })
    try {
      const translator = await context.newPage()
      await signIn(translator, 'translator.ru@simatlas.test')
      await translator.goto(`${baseUrl}/admin/collections/guides/${guide.id}?locale=ru`)
      await translator.locator('[data-source-for="title"]').waitFor({ timeout: 30_000 })
      // Payload shows the document menu (duplicate, delete, copy to locale) only to users who may
      // create or delete: translators may do neither, so the drawer listing every locale is gone.
      expect(await translator.locator('.doc-controls__dots').count()).toBe(0)
      expect(await translator.locator('#copy-locale-data__button').count()).toBe(0)
      if (shots) await translator.screenshot({ path: `${shots}/wt-split-translator-controls.png` })
      await context.clearCookies()

      const editor = await context.newPage()
      await signIn(editor, 'editor@simatlas.test')
      await editor.goto(`${baseUrl}/admin/collections/guides/${guide.id}?locale=ru`)
      await editor.locator('[data-source-for="title"]').waitFor({ timeout: 30_000 })
      await editor.locator('.doc-controls__dots').click()
      await editor.locator('#copy-locale-data__button').waitFor()
    } finally {
      await context.close()
    }
  })

  it('starts an empty list of steps from the zh items', async () => {
    const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
    const stamp = Date.now()
    const created = await editor('POST', '/channels?locale=zh', {
      name: `分屏渠道 ${stamp}`,
      slug: `split-channel-${stamp}`,
      kinds: ['carrier-app'],
      verification: 'official',
      worksFromAbroad: 'unknown',
      steps: [{ text: '登录应用' }, { text: '选择套餐并付款' }],
    })
    const id = created.doc.id as number
    await editor('PATCH', `/channels/${id}?locale=ru`, { name: `Канал ${stamp}` })
    const context = await browser().newContext({ viewport: { width: 1600, height: 1000 } })
    const page = await context.newPage()
    try {
      await signIn(page, 'translator.ru@simatlas.test')
      await page.goto(`${baseUrl}/admin/collections/channels/${id}?locale=ru`)
      // (Payload's "fallback to default locale" checkbox renders a hidden copy of it.)
      const steps = page.locator('[data-source-for="steps"]:visible')
      await steps.waitFor({ timeout: 30_000 })
      expect(await steps.locator('[data-unit-key]').allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringContaining('登录应用')]),
      )
      await steps.getByRole('button').click()
      await page.locator('#field-steps__1__text').waitFor({ timeout: 30_000 })
      expect(await page.locator('#field-steps__0__text').inputValue()).toBe('登录应用')
      expect(await page.locator('#field-steps__1__text').inputValue()).toBe('选择套餐并付款')
      // Each copied row now has its own source beside it; the list's own view is gone.
      await page.locator('[data-source-for="steps.1.text"]').waitFor({ timeout: 30_000 })
      expect(await steps.count()).toBe(0)
    } finally {
      await context.close()
    }
  })
})
