import { describe, expect, inject, it } from 'vitest'

import { doc, p } from '../support/lexical'
import { restClientFor } from '../support/restClient'
import { adminSignIn } from '../support/adminSignIn'
import { scheduleInAdmin, waitForPageText } from '../support/scheduleInAdmin'
import { sharedBrowser } from '../support/sharedBrowser'

const baseUrl = inject('baseUrl')
const browser = sharedBrowser()
const shots = process.env.SIMATLAS_SHOTS_DIR
const signIn = adminSignIn(baseUrl)

describe('scheduled publish', () => {
  it('an editor schedules the English version in the admin; the server runs it and the cached reader page shows it', async () => {
    const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
    const key = `s${Date.now()}`
    const created = await editor('POST', '/guides?locale=zh', {
      title: `定时发布${key}`,
      slug: `dingshi-${key}`,
      topic: 'renewal',
      country: 'KZ',
      body: doc(p('中文正文')),
      _status: 'published',
    })
    const id = created.doc.id as number
    await editor('PATCH', `/guides/${id}?locale=en&publishSpecificLocale=en`, {
      title: `Scheduled ${key}`,
      slug: `scheduled-${key}`,
      body: doc(p('First English text')),
      _status: 'published',
    })
    await editor('PATCH', `/guides/${id}?locale=en&draft=true`, {
      body: doc(p('Scheduled English text')),
    })
    // The reader's page, rendered and cached with the published text.
    const pageUrl = `${baseUrl}/en/guides/scheduled-${key}`
    await waitForPageText(pageUrl, 'First English text', 15_000)
    const cached = await fetch(pageUrl)
    expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')

    const context = await browser().newContext()
    const page = await context.newPage()
    try {
      await signIn(page, 'editor@simatlas.test')
      await page.goto(`${baseUrl}/admin/collections/guides/${id}?locale=en`)
      await page.locator('#field-title').waitFor({ timeout: 30_000 })
      const at = new Date(Date.now() + 8_000)
      const drawer = await scheduleInAdmin(page, 'publish:en', at)
      expect(await drawer.locator('.schedule-events').textContent()).toMatch(/publish English/)
      if (shots) await page.screenshot({ path: `${shots}/wt-schedule-drawer.png` })
      await page.keyboard.press('Escape')

      // Pending in the list view too.
      await page.goto(`${baseUrl}/admin/collections/guides?locale=en`)
      const row = page.locator('tr', { hasText: `Scheduled ${key}` })
      await row.locator('[data-scheduled="publish"]').waitFor({ timeout: 30_000 })
      if (shots) await page.screenshot({ path: `${shots}/wt-schedule-list.png` })

      // Not before its time…
      expect(await (await fetch(pageUrl)).text()).toContain('First English text')
      // …and within a minute after it, with the cached page expired.
      const waited = await waitForPageText(pageUrl, 'Scheduled English text', 60_000)
      const late = Date.now() - at.getTime()
      console.info(`scheduled publish visible ${late} ms after its time (polled ${waited} ms)`)
      expect(late).toBeLessThan(60_000)
      const zh = await (await fetch(`${baseUrl}/api/guides/${id}?locale=zh`)).json()
      expect(zh.title).toBe(`定时发布${key}`)
      // Nothing pending any more.
      const events = await editor('GET', `/guides/${id}/schedule`)
      expect(events.events).toEqual([])
    } finally {
      await context.close()
      await editor('DELETE', `/guides/${id}`)
    }
  }, 180_000)
})
