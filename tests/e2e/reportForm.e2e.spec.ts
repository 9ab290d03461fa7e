import { describe, expect, inject, it } from 'vitest'

import en from '../../src/i18n/messages/en.json'
import { sharedBrowser } from '../support/sharedBrowser'

const baseUrl = inject('baseUrl')
const browser = sharedBrowser()

/** The REST session of a demo editor, to look at what the reader's report became. */
async function editorToken() {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@simatlas.test', password: 'simatlas-demo' }),
  })
  return ((await response.json()) as { token: string }).token
}

describe('“Report an outdated fact” without JavaScript', () => {
  it('posts the plain form, comes back to the page with the thank-you, and the editor has it', async () => {
    const context = await browser().newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 800 },
    })
    const page = await context.newPage()
    try {
      const path = '/en/carriers/beeline'
      const first = await page.goto(`${baseUrl}${path}`)
      expect(first?.status()).toBe(200)
      // Only the form at first: no outcome message shows, and people never see the honeypot.
      expect(await page.locator('#report-sent').isVisible()).toBe(false)
      expect(await page.locator('#report-website').isVisible()).toBe(false)
      await page.getByText(en.report.title).click()
      const wrong = `The balance code changed (e2e ${Date.now()})`
      await page.getByLabel(en.report.wrong).fill(wrong)
      await page.getByLabel(en.report.right).fill('It is on the carrier’s site now.')
      await page.getByRole('button', { name: en.report.submit }).click()
      await page.waitForURL((url) => url.hash === '#report-sent')
      expect(new URL(page.url()).pathname).toBe(path)
      expect(await page.locator('#report-sent').isVisible()).toBe(true)
      expect(await page.locator('#report-sent').innerText()).toBe(en.report.sent)

      const token = await editorToken()
      const response = await fetch(
        `${baseUrl}/api/reports?where[wrong][equals]=${encodeURIComponent(wrong)}&depth=0`,
        { headers: { authorization: `JWT ${token}` } },
      )
      const { docs } = (await response.json()) as { docs: Record<string, unknown>[] }
      expect(docs).toEqual([expect.objectContaining({ path, locale: 'en', status: 'open', wrong })])
    } finally {
      await context.close()
    }
  })
})
