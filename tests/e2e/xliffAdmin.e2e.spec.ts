import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { sharedBrowser } from '../support/sharedBrowser'
import { adminSignIn } from '../support/adminSignIn'

const baseUrl = inject('baseUrl')
const browser = sharedBrowser()

const signIn = adminSignIn(baseUrl)

const upload = async (page: Page, name: string, xml: string) => {
  await page.locator('[data-testid=xliff-import] input[type=file]').setInputFiles({
    name,
    mimeType: 'application/xml',
    buffer: Buffer.from(xml),
  })
  await page.locator('[data-testid=xliff-import] button[type=submit]').click()
}

describe('XLIFF in the admin', () => {
  it('a ru translator exports from the XLIFF view, is refused an English file with the reason, and imports Russian the site then shows', async () => {
    const context = await browser().newContext()
    const page = await context.newPage()
    try {
      await signIn(page, 'translator.ru@simatlas.test')
      // The navigation links to the view (the menu itself may be folded away).
      expect(await page.locator('#nav-xliff').getAttribute('href')).toBe('/admin/xliff')
      await page.goto(`${baseUrl}/admin/xliff`)
      // The export form defaults to the translator's own language.
      await expect
        .poll(() => page.locator('[data-testid=xliff-export] select[name=locale]').inputValue())
        .toBe('ru')
      await page
        .locator('[data-testid=xliff-export] select[name=collection]')
        .selectOption('guides')
      await page.locator('[data-testid=xliff-export] select[name=only]').selectOption('')
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid=xliff-export] button[type=submit]').click(),
      ])
      const xml = await (
        await download.createReadStream()
      )
        .toArray()
        .then((chunks) => Buffer.concat(chunks).toString('utf8'))
      expect(xml).toContain('target-language="ru"')
      const id = /<file original="guides\/(\d+)"/.exec(xml)![1]

      await upload(page, 'en.xlf', xml.replace(/target-language="ru"/g, 'target-language="en"'))
      await page.getByTestId('xliff-import-problems').waitFor()
      expect(await page.getByTestId('xliff-import-problems').textContent()).toContain(
        'translator.ru@simatlas.test translates into ru, not en: the file is refused',
      )

      const title = `Заголовок из админки ${Date.now()}`
      const translated = xml.replace(
        new RegExp(`(id="guides/${id}/title"[\\s\\S]*?<target[^>]*>)[^<]*`),
        `$1${title}`,
      )
      await upload(page, 'ru.xlf', translated)
      await page.getByTestId('xliff-import-result').waitFor()
      expect(await page.getByTestId('xliff-import-result').textContent()).toMatch(/: 1 ·/)
      await page.screenshot({
        path: '/work/notes/shots10/wt-xliff-admin-import.png',
        fullPage: true,
      })

      const guide = (await (
        await fetch(`${baseUrl}/api/guides/${id}?locale=ru&depth=0`)
      ).json()) as { slug: string }
      const html = await (await fetch(`${baseUrl}/ru/guides/${guide.slug}`)).text()
      expect(html).toContain(title)
    } finally {
      await context.close()
    }
  })
})
