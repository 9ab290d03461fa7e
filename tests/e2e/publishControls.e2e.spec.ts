import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { doc, p } from '../support/lexical'
import { restClientFor } from '../support/restClient'
import { sharedBrowser } from '../support/sharedBrowser'
import { adminSignIn } from '../support/adminSignIn'

const baseUrl = inject('baseUrl')
const browser = sharedBrowser()
const shots = process.env.SIMATLAS_SHOTS_DIR

const signIn = adminSignIn(baseUrl)

/** A guide published in all three languages, made by the editor for this test. */
async function publishedGuide(editor: Awaited<ReturnType<typeof restClientFor>>, key: string) {
  const created = await editor('POST', '/guides?locale=zh', {
    title: `发布按钮测试${key}`,
    slug: `fabu-${key}`,
    topic: 'renewal',
    country: 'KZ',
    body: doc(p('中文正文')),
    _status: 'published',
  })
  const id = created.doc.id as number
  for (const [locale, title] of [
    ['ru', `Проверка кнопки ${key}`],
    ['en', `Publish button test ${key}`],
  ] as const) {
    await editor('PATCH', `/guides/${id}?locale=${locale}&publishSpecificLocale=${locale}`, {
      title,
      slug: `${locale}-fabu-${key}`,
      body: doc(p(title)),
      _status: 'published',
    })
  }
  return id
}

const publicTitle = async (id: number, locale: string) =>
  (
    (await (await fetch(`${baseUrl}/api/guides/${id}?locale=${locale}`)).json()) as {
      title: string
    }
  ).title

/** Opens the publish button's menu and returns its per-language lines. */
async function openPublishMenu(page: Page) {
  await page.locator('#action-save-popup button, #action-save-popup .popup-button').first().click()
  const list = page.locator('.locale-publish-states').last()
  await list.waitFor({ timeout: 15_000 })
  return list
}

describe('the publish controls of a guide', () => {
  it("a translator's main button is Publish in Русский; it publishes Russian alone and leaves the English draft pending", async () => {
    const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
    const id = await publishedGuide(editor, `t${Date.now()}`)
    // The English draft an editor left pending.
    await editor('PATCH', `/guides/${id}?locale=en&draft=true`, {
      title: 'English draft, unreviewed',
    })

    const context = await browser().newContext()
    const page = await context.newPage()
    try {
      await signIn(page, 'translator.ru@simatlas.test')
      await page.goto(`${baseUrl}/admin/collections/guides/${id}?locale=ru`)
      const title = page.locator('#field-title')
      await title.waitFor({ timeout: 30_000 })
      const button = page.locator('#action-save')
      expect(await button.textContent()).toMatch(/Русский/)
      const saved = page.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().includes(`/api/guides/${id}?`),
        { timeout: 30_000 },
      )
      await title.fill('Проверено переводчиком')
      expect((await saved).status()).toBe(200)
      const list = await openPublishMenu(page)
      await expect
        .poll(async () => list.locator('[data-locale="en"]').getAttribute('data-state'))
        .toBe('pending')
      expect(await list.locator('[data-locale="en"]').textContent()).toContain('Demo editor')
      if (shots) await page.screenshot({ path: `${shots}/wt-publish-translator.png` })
      await page.keyboard.press('Escape')

      const published = page.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().includes('publishSpecificLocale=ru'),
        { timeout: 30_000 },
      )
      await page.locator('#action-save').click()
      expect((await published).status()).toBe(200)
      expect(await publicTitle(id, 'ru')).toBe('Проверено переводчиком')
      expect(await publicTitle(id, 'en')).toMatch(/^Publish button test/)
      const states = (await editor('GET', `/guides/${id}/locale-states`)).locales as {
        locale: string
        state: string
      }[]
      expect(states.map((s) => s.state)).toEqual(['published', 'published', 'pending'])
    } finally {
      await context.close()
    }
  })

  it("an editor's main button is Publish in English, with Publish all languages (N pending) in its menu", async () => {
    const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
    const translator = await restClientFor(baseUrl, 'translator.ru@simatlas.test')
    const id = await publishedGuide(editor, `e${Date.now()}`)
    await translator('PATCH', `/guides/${id}?locale=ru&draft=true`, {
      title: 'Непроверенный черновик',
    })

    const context = await browser().newContext()
    const page = await context.newPage()
    try {
      await signIn(page, 'editor@simatlas.test')
      await page.goto(`${baseUrl}/admin/collections/guides/${id}?locale=en`)
      const summary = page.locator('#field-summary')
      await summary.waitFor({ timeout: 30_000 })
      expect(await page.locator('#action-save').textContent()).toMatch(/English/)
      const saved = page.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().includes(`/api/guides/${id}?`),
        { timeout: 30_000 },
      )
      await summary.fill('An edited English summary')
      expect((await saved).status()).toBe(200)

      const list = await openPublishMenu(page)
      await expect
        .poll(async () => list.locator('[data-locale="ru"]').getAttribute('data-state'))
        .toBe('pending')
      expect(await list.locator('[data-locale="ru"]').textContent()).toContain(
        'Demo translator (ru)',
      )
      // The states are read again after the autosave: en's own pending change may come second.
      await expect
        .poll(async () => page.locator('#publish-all-locales').textContent())
        .toMatch(/Publish all languages \(2 pending\)/)
      if (shots) await page.screenshot({ path: `${shots}/wt-publish-editor.png` })
      await page.keyboard.press('Escape')

      const published = page.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().includes('publishSpecificLocale=en'),
        { timeout: 30_000 },
      )
      await page.locator('#action-save').click()
      expect((await published).status()).toBe(200)
      const en = await (await fetch(`${baseUrl}/api/guides/${id}?locale=en`)).json()
      expect(en.summary).toBe('An edited English summary')
      // The translator's Russian draft did not go live.
      expect(await publicTitle(id, 'ru')).toMatch(/^Проверка кнопки/)
      const states = (await editor('GET', `/guides/${id}/locale-states`)).locales as {
        locale: string
        state: string
      }[]
      expect(states.map((s) => s.state)).toEqual(['published', 'pending', 'published'])
    } finally {
      await context.close()
    }
  })
})
