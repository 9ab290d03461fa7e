import fs from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { restClientFor, signInToSite } from '../support/restClient'
import { sharedBrowser } from '../support/sharedBrowser'
import { adminSignIn } from '../support/adminSignIn'

const baseUrl = inject('baseUrl')
const browser = sharedBrowser()
/** Screenshots for people to look at (kept out of the repository). */
const shots = process.env.SIMATLAS_SHOTS_DIR

const signIn = adminSignIn(baseUrl)

async function shot(page: Page, name: string, panel = true) {
  if (!shots) return
  fs.mkdirSync(shots, { recursive: true })
  await page.screenshot({ path: `${shots}/wt-glossary-${name}.png` })
  if (panel)
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

describe('TBX in the admin', () => {
  it('lets an editor export and import the glossary (a bad file refused with its problems); a translator only exports', async () => {
    const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
    const token = await signInToSite(baseUrl, 'editor@simatlas.test')
    const tbx = await (
      await fetch(`${baseUrl}/api/glossary/tbx`, { headers: { authorization: `JWT ${token}` } })
    ).text()
    const { totalDocs } = await editor('GET', '/glossary?limit=1')

    const context = await browser().newContext({ viewport: { width: 1400, height: 900 } })
    const page = await context.newPage()
    try {
      await signIn(page, 'editor@simatlas.test')
      await page.goto(`${baseUrl}/admin/collections/glossary`)
      const exportLink = page.getByRole('link', { name: 'Export TBX' })
      await exportLink.waitFor({ timeout: 30_000 })
      expect(await exportLink.getAttribute('href')).toBe('/api/glossary/tbx')

      const file = page.getByTestId('tbx-file')
      const bad = tbx.replace('<term>远游卡</term>', '<term></term>')
      await file.setInputFiles({
        name: 'bad.tbx',
        mimeType: 'application/xml',
        buffer: Buffer.from(bad),
      })
      const status = page.getByRole('status').filter({ hasText: 'tourist-sim' })
      await status.waitFor({ timeout: 30_000 })
      expect(await status.innerText()).toMatch(/nothing was imported[\s\S]*tourist-sim/)
      expect((await editor('GET', '/glossary?limit=1')).totalDocs).toBe(totalDocs)
      await shot(page, 'tbx-refused', false)

      await file.setInputFiles({
        name: 'good.tbx',
        mimeType: 'application/xml',
        buffer: Buffer.from(tbx),
      })
      await page
        .getByRole('status')
        .filter({ hasText: `0 concepts created, ${totalDocs} updated` })
        .waitFor({ timeout: 30_000 })
    } finally {
      await context.close()
    }

    const asTranslator = await browser().newContext()
    const translatorPage = await asTranslator.newPage()
    try {
      await signIn(translatorPage, 'translator.ru@simatlas.test')
      await translatorPage.goto(`${baseUrl}/admin/collections/glossary`)
      // translator.ru's admin speaks Russian.
      await translatorPage.getByRole('link', { name: 'Экспорт TBX' }).waitFor({ timeout: 30_000 })
      expect(await translatorPage.getByRole('button', { name: /TBX…/ }).count()).toBe(0)
    } finally {
      await asTranslator.close()
    }
  })
})
