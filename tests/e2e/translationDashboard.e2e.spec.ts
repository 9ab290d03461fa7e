import { beforeAll, describe, expect, inject, it } from 'vitest'

import { restClientFor } from '../support/restClient'
import { sharedBrowser } from '../support/sharedBrowser'
import { adminSignIn } from '../support/adminSignIn'

/**
 * The translators' dashboard (/admin/translations) in Chromium: a translator sees only their
 * locale, with the counts the API gives and a worklist whose rows open the document in that
 * locale; an editor sees every locale. A draft guide of this file's own is made outdated in ru
 * and en by a zh edit, so other files' content is untouched.
 */
const baseUrl = inject('baseUrl')
const browser = sharedBrowser()
const shots = process.env.SIMATLAS_SHOTS_DIR

let guideId: number
const p = (text: string) => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  textFormat: 0,
  children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
})
const body = (...texts: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    format: '',
    indent: 0,
    direction: 'ltr',
    children: texts.map(p),
  },
})

const signIn = adminSignIn(baseUrl)

beforeAll(async () => {
  const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
  const created = await editor('POST', '/guides?locale=zh&draft=true', {
    title: '仪表板测试指南',
    slug: 'dashboard-test',
    topic: 'renewal',
    country: 'KZ',
    body: body('第一段', '第二段'),
    _status: 'draft',
  })
  guideId = created.doc.id
  for (const [locale, title, slug, texts] of [
    ['ru', 'Проверка панели', 'proverka-paneli', ['Первый', 'Второй']],
    ['en', 'Dashboard check', 'dashboard-check', ['First', 'Second']],
  ] as const) {
    await editor('PATCH', `/guides/${guideId}?locale=${locale}&draft=true`, {
      title,
      slug,
      body: body(...texts),
    })
  }
  // The editor changes the second zh paragraph: it is outdated in ru and en.
  await editor('PATCH', `/guides/${guideId}?locale=zh&draft=true`, {
    body: body('第一段', '第二段（已改）'),
  })
}, 60_000)

describe('the translations dashboard', () => {
  it('shows translator.ru only Russian, with the API’s counts, and the worklist opens the guide in ru', async () => {
    const translator = await restClientFor(baseUrl, 'translator.ru@simatlas.test')
    const outdated = await translator(
      'GET',
      '/translation-status?where[locale][equals]=ru&where[collection][equals]=guides&where[state][equals]=outdated&limit=0',
    )
    expect(outdated.totalDocs).toBeGreaterThanOrEqual(1)

    const context = await browser().newContext({ viewport: { width: 1280, height: 1000 } })
    const page = await context.newPage()
    try {
      await signIn(page, 'translator.ru@simatlas.test')
      // The summary above the admin home links to the dashboard.
      await page.goto(`${baseUrl}/admin`)
      const summary = page.locator('[data-translations-summary]')
      await summary.waitFor({ timeout: 30_000 })
      expect(await summary.locator('li[data-locale]').count()).toBe(1)
      await summary.locator('a').click()
      await page.waitForURL((url) => url.pathname === '/admin/translations', { timeout: 30_000 })

      const dashboard = page.locator('[data-translations-dashboard]')
      await dashboard.waitFor({ timeout: 30_000 })
      expect(await dashboard.locator('section[data-locale]').count()).toBe(1)
      expect(await dashboard.locator('section[data-locale="en"]').count()).toBe(0)
      const guides = dashboard.locator('[data-progress-locale="ru"] tr[data-collection="guides"]')
      expect(await guides.locator('[data-count="outdated"]').textContent()).toBe(
        String(outdated.totalDocs),
      )
      if (shots)
        await page.screenshot({ path: `${shots}/wt-state-dashboard-ru.png`, fullPage: true })

      const row = dashboard.locator(`[data-worklist-row="guides:${guideId}"]`)
      expect(await row.textContent()).toContain('仪表板测试指南')
      await row.locator('a').click()
      await page.waitForURL(
        (url) =>
          url.pathname === `/admin/collections/guides/${guideId}` &&
          url.searchParams.get('locale') === 'ru',
        { timeout: 30_000 },
      )
      const title = page.locator('#field-title')
      await title.waitFor({ timeout: 30_000 })
      expect(await title.inputValue()).toBe('Проверка панели')
      // The sidebar says what is outdated in ru, and nothing about en.
      const sidebar = page.locator('[data-translation-sidebar]')
      await sidebar.locator('li[data-locale="ru"]').waitFor({ timeout: 30_000 })
      expect(await sidebar.locator('li[data-locale="en"]').count()).toBe(0)
      expect(await sidebar.locator('li[data-locale="ru"]').textContent()).toContain('1')
      if (shots) await page.screenshot({ path: `${shots}/wt-state-sidebar-ru.png` })
    } finally {
      await context.close()
    }
  })

  it('shows an editor every locale, and the list column has each locale’s badge', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 1000 } })
    const page = await context.newPage()
    try {
      await signIn(page, 'editor@simatlas.test')
      await page.goto(`${baseUrl}/admin/translations`)
      const dashboard = page.locator('[data-translations-dashboard]')
      await dashboard.waitFor({ timeout: 30_000 })
      expect(
        await dashboard
          .locator('section[data-locale]')
          .evaluateAll((all) => all.map((s) => s.getAttribute('data-locale'))),
      ).toEqual(['ru', 'en'])
      expect(
        await dashboard
          .locator(`[data-worklist="en"] [data-worklist-row="guides:${guideId}"]`)
          .count(),
      ).toBe(1)
      if (shots)
        await page.screenshot({ path: `${shots}/wt-state-dashboard-editor.png`, fullPage: true })

      await page.goto(`${baseUrl}/admin/collections/guides?limit=100`)
      const badge = page.locator('[data-translation-state="ru:outdated"]').first()
      await badge.waitFor({ timeout: 30_000 })
      expect(await page.locator('[data-translation-state^="en:"]').count()).toBeGreaterThan(0)
      if (shots) await page.screenshot({ path: `${shots}/wt-state-list.png` })
    } finally {
      await context.close()
    }
  })
})
