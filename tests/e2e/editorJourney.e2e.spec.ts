import { describe, expect, inject, it } from 'vitest'

import en from '../../src/i18n/messages/en.json'
import { adminSignIn } from '../support/adminSignIn'
import { doc, h, p } from '../support/lexical'
import { livePreviewAt360 } from '../support/livePreview'
import { restClientFor } from '../support/restClient'
import { scheduleInAdmin, waitForPageText } from '../support/scheduleInAdmin'
import { sharedBrowser } from '../support/sharedBrowser'

/**
 * Issue 11's two journeys in one browser. The editor changes a published guide (an autosaved
 * draft), checks it in Live Preview at 360 px, schedules the change a few seconds ahead, and the
 * reader's page shows it once the server's own job runner has published it. Then a reader
 * (JavaScript off) reports an outdated fact on that page, and the editor finds the report in the
 * admin and closes it as fixed.
 */
const baseUrl = inject('baseUrl')
const browser = sharedBrowser()
const shots = process.env.SIMATLAS_SHOTS_DIR
const signIn = adminSignIn(baseUrl)

describe('the editor’s workflow, from a change to a reader’s report', () => {
  it('change → Live Preview at 360 px → schedule → the job publishes → report → fixed', async () => {
    const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
    const key = `j${Date.now()}`
    const created = await editor('POST', '/guides?locale=en', {
      title: `Renewing at a store ${key}`,
      slug: `renew-store-${key}`,
      summary: `Take your passport ${key}.`,
      topic: 'renewal',
      country: 'KZ',
      body: doc(h('h2', 'At the counter'), p('Show the SIM card and pay in cash.')),
      _status: 'published',
    })
    const id = created.doc.id as number
    const pagePath = `/en/guides/renew-store-${key}`
    const pageUrl = `${baseUrl}${pagePath}`
    await waitForPageText(pageUrl, `Take your passport ${key}.`, 15_000)
    const changed = `Take your passport and the receipt ${key}.`

    const context = await browser().newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    try {
      // The editor changes the summary: autosave keeps it as a draft; readers see no change.
      await signIn(page, 'editor@simatlas.test')
      await page.goto(`${baseUrl}/admin/collections/guides/${id}?locale=en`)
      const summary = page.locator('#field-summary')
      await summary.waitFor({ timeout: 30_000 })
      const autosaved = page.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().includes(`/api/guides/${id}?`),
        { timeout: 30_000 },
      )
      await summary.fill(changed)
      expect((await autosaved).status()).toBe(200)
      expect(await (await fetch(pageUrl)).text()).not.toContain(changed)

      // Live Preview, at the 360 px breakpoint, shows the draft under its English URL.
      const { iframe, frame } = await livePreviewAt360(page)
      await frame.locator('.lead', { hasText: changed }).waitFor({ timeout: 30_000 })
      await frame.locator('.preview-banner').waitFor()
      const framed = await iframe.elementHandle().then((handle) => handle?.contentFrame())
      expect(new URL(framed?.url() ?? '').pathname).toBe(pagePath)
      if (shots) await page.screenshot({ path: `${shots}/journey-live-preview-360.png` })

      // Scheduled for a few seconds ahead: pending in the drawer, not yet on the site…
      const at = new Date(Date.now() + 10_000)
      const drawer = await scheduleInAdmin(page, 'publish:en', at)
      expect(await drawer.locator('.schedule-events').textContent()).toMatch(/publish English/)
      if (shots) await page.screenshot({ path: `${shots}/journey-scheduled.png` })
      await page.keyboard.press('Escape')
      expect(await (await fetch(pageUrl)).text()).not.toContain(changed)

      // …and on the reader's page within a minute after its time, published by the job runner.
      await waitForPageText(pageUrl, changed, 75_000)
      const late = Date.now() - at.getTime()
      console.info(`journey: scheduled change visible ${late} ms after its time`)
      expect(late).toBeLessThan(60_000)
      expect((await editor('GET', `/guides/${id}/schedule`)).events).toEqual([])

      // A reader without JavaScript reports an outdated fact on that page.
      const reader = await browser().newContext({
        javaScriptEnabled: false,
        viewport: { width: 360, height: 800 },
      })
      const wrong = `The store now also wants a local phone number (${key})`
      try {
        const readerPage = await reader.newPage()
        await readerPage.goto(pageUrl)
        expect(await readerPage.locator('.lead').innerText()).toBe(changed)
        await readerPage.getByText(en.report.title).click()
        await readerPage.getByLabel(en.report.wrong).fill(wrong)
        await readerPage.getByRole('button', { name: en.report.submit }).click()
        await readerPage.waitForURL((url) => url.hash === '#report-sent')
        expect(await readerPage.locator('#report-sent').innerText()).toBe(en.report.sent)
      } finally {
        await reader.close()
      }

      // The editor sees it among the open reports, opens it and closes it as fixed.
      await page.goto(`${baseUrl}/admin/collections/reports`)
      const row = page.locator('tr', { hasText: wrong })
      await row.waitFor({ timeout: 30_000 })
      expect(await row.textContent()).toMatch(/open/i)
      if (shots) await page.screenshot({ path: `${shots}/journey-reports-list.png` })
      await row.locator('a').first().click()
      await page.waitForURL((url) => /\/admin\/collections\/reports\/\d+/.test(url.pathname))
      const reportId = Number(new URL(page.url()).pathname.split('/').pop())
      await page.locator('#field-status').click()
      await page.locator('.rs__option', { hasText: /^Fixed$/ }).click()
      const saved = page.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().includes(`/api/reports/${reportId}`),
        { timeout: 30_000 },
      )
      await page.locator('#action-save').click()
      expect((await saved).status()).toBe(200)
      const report = await editor('GET', `/reports/${reportId}?depth=0`)
      expect(report).toMatchObject({ status: 'fixed', wrong, path: pagePath, locale: 'en' })
      expect(report.page).toMatchObject({ relationTo: 'guides', value: id })
    } finally {
      await context.close()
      await editor('DELETE', `/guides/${id}`)
    }
  }, 240_000)
})
