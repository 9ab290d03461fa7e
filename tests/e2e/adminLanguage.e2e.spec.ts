import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { restClientFor } from '../support/restClient'
import { sharedBrowser } from '../support/sharedBrowser'
import { adminSignIn } from '../support/adminSignIn'

const baseUrl = inject('baseUrl')
const browser = sharedBrowser()
/** Where to save screenshots of what the tests saw (none unless set). */
const shots = process.env.SIMATLAS_SHOTS_DIR

/** A browser of its own that asks for English pages, as headless Chromium does by default. */
const freshContext = (b: Browser) => b.newContext({ locale: 'en-US' })

const signIn = adminSignIn(baseUrl)

/** The admin's nav (collection groups and names) once rendered, open or folded away. */
async function navText(page: Page) {
  const nav = page.locator('.nav__wrap')
  await nav.waitFor({ state: 'attached', timeout: 30_000 })
  return (await nav.textContent()) ?? ''
}

const zhUser = { email: 'zh.editor@simatlas.test', password: 'simatlas-demo-zh-editor' }
let untranslatedQuestion: string

beforeAll(async () => {
  const admin = await restClientFor(baseUrl, 'admin@simatlas.test')
  await admin('POST', '/users', { ...zhUser, role: 'editor', adminLanguage: 'zh' })
  const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
  untranslatedQuestion = '只有中文的测试问题：在国外怎么查余额？'
  await editor('POST', '/faqs?locale=zh', {
    question: untranslatedQuestion,
    slug: 'admin-language-untranslated',
    topic: 'balance',
    answer: {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            children: [
              {
                type: 'text',
                version: 1,
                text: '测试。',
                format: 0,
                style: '',
                mode: 'normal',
                detail: 0,
              },
            ],
          },
        ],
      },
    },
    _status: 'published',
  })
})

describe('the admin in the translator’s language', () => {
  let context: BrowserContext
  afterAll(async () => context?.close())

  it('speaks Russian to translator.ru: Payload’s own words and ours', async () => {
    context = await freshContext(browser())
    const page = await context.newPage()
    await signIn(page, 'translator.ru@simatlas.test')
    // Straight after signing in (the page is not reloaded), Payload's client strings switch too.
    await expect
      .poll(() => page.locator('html').getAttribute('lang'), { timeout: 30_000 })
      .toBe('ru')
    await expect
      .poll(() => page.locator('.step-nav').innerText(), { timeout: 30_000 })
      .toContain('Панель')
    const nav = await navText(page)
    expect(nav).toContain('Коллекции') // Payload's
    expect(nav).toContain('Руководства') // ours: guides
    expect(nav).toContain('Вопросы и ответы') // ours: FAQs
    expect(await page.locator('html').getAttribute('lang')).toBe('ru')
    if (shots) await page.screenshot({ path: `${shots}/wt-i18n-ru-dashboard.png`, fullPage: true })
  })

  it('lists an FAQ not translated into Russian under its zh question, marked', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/admin/collections/faqs?locale=ru`)
    const row = page.locator('tbody tr', { hasText: untranslatedQuestion })
    await row.waitFor({ timeout: 30_000 })
    expect(await row.locator('[lang="zh-Hans"]').innerText()).toBe(untranslatedQuestion)
    expect(await row.locator('.untranslated-title__mark').innerText()).toBe('не переведено · 中文')
    expect(await page.locator('tbody').innerText()).not.toContain('<No')
    // A field label of ours, in Russian.
    expect(await page.locator('thead').innerText()).toContain('Вопрос')
    if (shots) await page.screenshot({ path: `${shots}/wt-i18n-ru-faqs.png`, fullPage: true })
  })

  it('offers it in relationship dropdowns under its zh question (the API falls back; a guard)', async () => {
    // What a relationship field's dropdown asks for (Payload's Relationship input, 3.90).
    const options = await context.request.get(
      `${baseUrl}/api/faqs?locale=ru&depth=0&draft=true&select[question]=true&where[slug][equals]=admin-language-untranslated`,
    )
    const { docs } = (await options.json()) as { docs: { question: string }[] }
    expect(docs.map((d) => d.question)).toEqual([untranslatedQuestion])
  })
})

describe('the admin in Chinese', () => {
  const fontOfBody = (page: Page) => page.evaluate(() => getComputedStyle(document.body).fontFamily)

  it('speaks Chinese to a zh editor, in a CJK font, whatever the browser asks for', async () => {
    const context = await freshContext(browser())
    try {
      const page = await context.newPage()
      await signIn(page, zhUser.email, zhUser.password)
      await page.goto(`${baseUrl}/admin`)
      const nav = await navText(page)
      expect(nav).toContain('集合')
      expect(nav).toContain('指南')
      expect(nav).toContain('续费渠道')
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans')
      expect(await fontOfBody(page)).toMatch(/^"Noto Sans CJK SC"/)
      if (shots)
        await page.screenshot({ path: `${shots}/wt-i18n-zh-dashboard.png`, fullPage: true })
      // A guide's form: our labels, descriptions and the rich text in Chinese.
      const guides = await fetch(`${baseUrl}/api/guides?limit=1&depth=0`)
      const [guide] = ((await guides.json()) as { docs: { id: number }[] }).docs
      await page.goto(`${baseUrl}/admin/collections/guides/${guide.id}?locale=zh`)
      await page.locator('#field-title').waitFor({ timeout: 30_000 })
      expect(await page.locator('label[for="field-summary"]').innerText()).toContain('摘要')
      if (shots) await page.screenshot({ path: `${shots}/wt-i18n-zh-guide.png`, fullPage: true })
      await page.goto(`${baseUrl}/admin/collections/carriers`)
      await page.locator('tbody tr').first().waitFor({ timeout: 30_000 })
      if (shots) await page.screenshot({ path: `${shots}/wt-i18n-zh-carriers.png`, fullPage: true })
      await page.goto(`${baseUrl}/admin/logout`)
      await page.waitForURL((url) => url.pathname.endsWith('/login'), { timeout: 30_000 })
    } finally {
      await context.close()
    }
  })

  it('keeps speaking Chinese after signing in again in a fresh browser', async () => {
    const context = await freshContext(browser())
    try {
      const page = await context.newPage()
      await page.goto(`${baseUrl}/admin/login`)
      // Before signing in, the browser's language.
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      await signIn(page, zhUser.email, zhUser.password)
      await page.goto(`${baseUrl}/admin/collections/guides`)
      expect(await navText(page)).toContain('集合')
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans')
    } finally {
      await context.close()
    }
  })
})
