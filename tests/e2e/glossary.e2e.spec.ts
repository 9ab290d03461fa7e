import fs from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { restClientFor } from '../support/restClient'
import { sharedBrowser } from '../support/sharedBrowser'

const baseUrl = inject('baseUrl')
const browser = sharedBrowser()
/** Screenshots for people to look at (kept out of the repository). */
const shots = process.env.SIMATLAS_SHOTS_DIR

async function signIn(page: Page, email: string) {
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill('simatlas-demo')
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
}

async function shot(page: Page, name: string) {
  if (!shots) return
  fs.mkdirSync(shots, { recursive: true })
  await page.screenshot({ path: `${shots}/wt-glossary-${name}.png` })
  await page
    .getByTestId('glossary-panel')
    .screenshot({ path: `${shots}/wt-glossary-${name}-panel.png` })
}

describe('the glossary beside a translation', () => {
  it('shows the ru translator the source terms’ renderings, and a warning after saving a translation without one', async () => {
    const translator = await restClientFor(baseUrl, 'translator.ru@simatlas.test')
    const { docs } = await translator(
      'GET',
      '/guides?where[slug][equals]=renew-tourist-sim-kazakhstan&locale=en&depth=0',
    )
    const id = docs[0].id as number
    const original = (await translator('GET', `/guides/${id}?locale=ru&draft=true&depth=0`))
      .title as string
    expect(original).toMatch(/туристическ\S* SIM-карт/)

    const context = await browser().newContext({ viewport: { width: 1400, height: 1000 } })
    const page = await context.newPage()
    try {
      await signIn(page, 'translator.ru@simatlas.test')
      await page.goto(`${baseUrl}/admin/collections/guides/${id}?locale=ru`)
      const panel = page.getByTestId('glossary-panel')
      const hints = panel.getByTestId('glossary-hints')
      await hints.waitFor({ timeout: 30_000 })
      const touristSim = hints.locator('li', { hasText: '远游卡' })
      expect(await touristSim.innerText()).toContain('туристическая SIM-карта')
      expect(await touristSim.innerText()).toContain('симка')
      // The Russian title says «туристическую SIM-карту»: an inflected form counts.
      const warningLines = () =>
        panel.getByTestId('glossary-warnings').locator('li').allInnerTexts()
      const onTitle = (lines: string[]) => lines.filter((l) => /(:|in) title\b/.test(l))
      expect(onTitle(await warningLines())).toEqual([])
      await shot(page, 'hints')

      const saved = page.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().includes(`/api/guides/${id}`),
        { timeout: 30_000 },
      )
      await page.locator('#field-title').fill('Как продлить симку в Казахстане')
      expect((await saved).status()).toBe(200)
      // The save succeeded; the panel re-checks what was saved and warns.
      await expect
        .poll(async () => onTitle(await warningLines()).length, { timeout: 30_000 })
        .toBe(2)
      expect(onTitle(await warningLines())).toEqual([
        expect.stringMatching(/远游卡.*туристическая SIM-карта.* title\b/),
        expect.stringMatching(/симка.*туристическая SIM-карта.* title\b/),
      ])
      await page.locator('[data-sonner-toast]').first().waitFor({ timeout: 10_000 })
      await shot(page, 'warnings')

      // The same findings over the API.
      const check = await translator('GET', `/glossary/check?collection=guides&id=${id}&locale=ru`)
      expect(
        (check.problems as { unit: string; kind: string }[])
          .filter((p) => p.unit === 'title')
          .map((p) => p.kind),
      ).toEqual(['missing', 'forbidden'])
    } finally {
      await context.close()
      await translator('PATCH', `/guides/${id}?locale=ru&draft=true`, { title: original })
    }
  })
})
