import { describe, expect, inject, it } from 'vitest'

import { doc, h, p } from '../support/lexical'
import { restClientFor } from '../support/restClient'
import { sharedBrowser } from '../support/sharedBrowser'
import { adminSignIn } from '../support/adminSignIn'

/**
 * The ru translator's whole day on one guide, as issue 10 tells it: signed in they see Russian
 * only, the dashboard lists the guide as outdated, the guide opens with the zh source beside each
 * field and the paragraph the editor changed marked, they fix that paragraph and publish Russian
 * alone; readers then get the new Russian text while Chinese and English stay as they were.
 */
const baseUrl = inject('baseUrl')
const browser = sharedBrowser()
const shots = process.env.SIMATLAS_SHOTS_DIR

const signIn = adminSignIn(baseUrl)

const pageText = async (path: string) => {
  const response = await fetch(`${baseUrl}${path}`)
  expect(response.status).toBe(200)
  return response.text()
}

describe('the ru translator updates an outdated guide and publishes Russian only', () => {
  it('dashboard → outdated guide → source beside, changed paragraph marked → fix → Publish in Русский', async () => {
    const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
    const stamp = Date.now()
    const slugs = { zh: `lvxing-${stamp}`, ru: `puteshestvie-${stamp}`, en: `journey-${stamp}` }
    const zhBody = (second: string) => doc(h('h2', '出发以前'), p(second), p('保存好收据。'))
    const created = await editor('POST', '/guides?locale=zh', {
      title: `译者流程指南 ${stamp}`,
      slug: slugs.zh,
      body: zhBody('在营业厅续费。'),
      topic: 'renewal',
      country: 'KZ',
      _status: 'published',
    })
    const id = created.doc.id as number
    for (const [locale, title, second, third] of [
      ['ru', `Путь переводчика ${stamp}`, 'Продлите в салоне связи.', 'Сохраните чек.'],
      ['en', `Translator journey ${stamp}`, 'Renew at a carrier store.', 'Keep the receipt.'],
    ] as const) {
      await editor('PATCH', `/guides/${id}?locale=${locale}`, {
        title,
        slug: slugs[locale],
        body: doc(
          h('h2', locale === 'ru' ? 'Перед поездкой' : 'Before you go'),
          p(second),
          p(third),
        ),
        _status: 'published',
      })
    }
    // The editor changes the second zh paragraph and publishes Chinese.
    await editor('PATCH', `/guides/${id}?locale=zh`, {
      body: zhBody('在营业厅或运营商应用里续费。'),
      _status: 'published',
    })
    const enBefore = await editor('GET', `/guides/${id}?locale=en&depth=0&fallback-locale=none`)

    const context = await browser().newContext({ viewport: { width: 1600, height: 1200 } })
    const page = await context.newPage()
    try {
      await signIn(page, 'translator.ru@simatlas.test')

      // The dashboard: Russian only, the guide in the worklist.
      await page.goto(`${baseUrl}/admin/translations`)
      const dashboard = page.locator('[data-translations-dashboard]')
      await dashboard.waitFor({ timeout: 30_000 })
      expect(await dashboard.locator('section[data-locale]').count()).toBe(1)
      expect(await dashboard.locator('section[data-locale="ru"]').count()).toBe(1)
      const row = dashboard.locator(`[data-worklist-row="guides:${id}"]`)
      expect(await row.textContent()).toContain(`译者流程指南 ${stamp}`)
      if (shots) await page.screenshot({ path: `${shots}/journey-dashboard.png`, fullPage: true })
      await row.locator('a').click()
      await page.waitForURL(
        (url) =>
          url.pathname === `/admin/collections/guides/${id}` &&
          url.searchParams.get('locale') === 'ru',
        { timeout: 30_000 },
      )

      // The zh source beside the body, the changed paragraph marked with what changed.
      const body = page.locator('[data-source-for="body"]')
      await body.waitFor({ timeout: 30_000 })
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
        await page.screenshot({ path: `${shots}/journey-split-view.png`, fullPage: true })
      }

      // Fix the Russian paragraph: the autosave keeps it as a draft.
      const autosaved = page.waitForResponse(
        (r) =>
          r.request().method() === 'PATCH' &&
          r.url().includes(`/api/guides/${id}`) &&
          r.url().includes('draft=true'),
        { timeout: 30_000 },
      )
      const paragraph = page
        .locator('.rich-text-lexical [contenteditable="true"]')
        .first()
        .locator('p', { hasText: 'Продлите в салоне связи.' })
      await paragraph.click()
      await page.keyboard.press('End')
      await page.keyboard.type(' Или в приложении оператора.')
      expect((await autosaved).status()).toBe(200)

      // Publish in Русский: the main button of a translator.
      const button = page.locator('#action-save')
      await expect.poll(() => button.textContent(), { timeout: 15_000 }).toMatch(/Русский/)
      const published = page.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().includes('publishSpecificLocale=ru'),
        { timeout: 30_000 },
      )
      await button.click()
      expect((await published).status()).toBe(200)

      // The state: the fixed paragraph is current in ru; en still has it outdated.
      await expect
        .poll(
          async () =>
            (await changed.getAttribute('data-state')) ??
            (await page.locator('[data-unit-key="body#1"]').first().getAttribute('data-state')),
          { timeout: 20_000 },
        )
        .toBe('current')
      const statuses = (await editor(
        'GET',
        `/translation-status?where[rowKey][in]=guides:${id}:ru,guides:${id}:en&depth=0`,
      )) as { docs: { locale: string; state: string }[] }
      const stateOf = (locale: string) => statuses.docs.find((d) => d.locale === locale)?.state
      expect(stateOf('ru')).toBe('current')
      expect(stateOf('en')).toBe('outdated')
    } finally {
      await context.close()
    }

    // Readers: the new Russian text; Chinese as the editor published it; English untouched.
    await expect
      .poll(async () => pageText(`/ru/guides/${slugs.ru}`), { timeout: 20_000 })
      .toContain('Продлите в салоне связи. Или в приложении оператора.')
    const zhPage = await pageText(`/zh/guides/${slugs.zh}`)
    expect(zhPage).toContain('在营业厅或运营商应用里续费。')
    const enPage = await pageText(`/en/guides/${slugs.en}`)
    expect(enPage).toContain('Renew at a carrier store.')
    expect(enPage).not.toContain('Или в приложении оператора')
    const enAfter = await editor('GET', `/guides/${id}?locale=en&depth=0&fallback-locale=none`)
    expect({ title: enAfter.title, body: enAfter.body, slug: enAfter.slug }).toEqual({
      title: enBefore.title,
      body: enBefore.body,
      slug: enBefore.slug,
    })
  })
})
