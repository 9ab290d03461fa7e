import { describe, expect, inject, it } from 'vitest'

import { sharedBrowser } from '../support/sharedBrowser'
import { restClientFor } from '../support/restClient'
import { adminSignIn } from '../support/adminSignIn'

const baseUrl = inject('baseUrl')

const browser = sharedBrowser()

const signIn = adminSignIn(baseUrl)

describe('a translator in the admin', () => {
  it('edits the Russian title of a guide (autosaved as a draft) and sees only Russian', async () => {
    const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
    const { docs } = await editor(
      'GET',
      '/guides?where[slug][equals]=renew-tourist-sim-kazakhstan&locale=en',
    )
    const id = docs[0].id as number

    const context = await browser().newContext()
    const page = await context.newPage()
    try {
      await signIn(page, 'translator.ru@simatlas.test')
      await page.goto(`${baseUrl}/admin/collections/guides/${id}?locale=ru`)
      const title = page.locator('#field-title')
      await title.waitFor({ timeout: 30_000 })
      expect(await title.inputValue()).toContain('Как продлить')

      const saved = page.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().includes(`/api/guides/${id}`),
        { timeout: 30_000 },
      )
      await title.fill('Как продлить туристическую SIM-карту (черновик переводчика)')
      expect((await saved).status()).toBe(200)

      // The draft holds the new Russian title; the zh source and the published page are untouched.
      const draft = await editor('GET', `/guides/${id}?locale=ru&draft=true`)
      expect(draft.title).toBe('Как продлить туристическую SIM-карту (черновик переводчика)')
      expect((await editor('GET', `/guides/${id}?locale=zh&draft=true`)).title).toContain(
        '哈萨克斯坦',
      )
      const published = await fetch(`${baseUrl}/api/guides/${id}?locale=ru`)
      expect(((await published.json()) as { title: string }).title).not.toContain('черновик')
    } finally {
      await context.close()
    }
  })
})
