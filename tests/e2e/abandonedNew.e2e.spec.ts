import { describe, expect, inject, it } from 'vitest'

import { adminSignIn } from '../support/adminSignIn'
import { restClientFor } from '../support/restClient'
import { sharedBrowser } from '../support/sharedBrowser'

const baseUrl = inject('baseUrl')
const browser = sharedBrowser()
const shots = process.env.SIMATLAS_SHOTS_DIR
const signIn = adminSignIn(baseUrl)

type Editor = Awaited<ReturnType<typeof restClientFor>>

/** Ids of the collection's documents in their newest state, drafts included, as staff see them. */
const allIds = async (editor: Editor, collection: string) =>
  (
    (await editor('GET', `/${collection}?draft=true&limit=500&depth=0&locale=zh`)).docs as {
      id: number
    }[]
  ).map((d) => d.id)

/**
 * "Create New" on a collection with autosave: Payload creates the draft as the form opens. An
 * editor who walks away leaves nothing behind; one who gives it a title keeps it.
 */
describe('a new document left by the editor', () => {
  it.each([
    ['faqs', 'FAQ', '#field-order', '7'],
    ['carriers', 'carrier', '#field-description', '写了一点'],
  ])(
    'on %s, opened with Create New, is discarded when the editor leaves with no title (typing a little elsewhere)',
    async (collection, _label, otherField, typed) => {
      const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
      const before = await allIds(editor, collection)
      const context = await browser().newContext()
      const page = await context.newPage()
      try {
        await signIn(page, 'editor@simatlas.test')
        await page.goto(`${baseUrl}/admin/collections/${collection}/create`)
        // Payload redirected to the draft it created.
        await page.waitForURL(new RegExp(`/admin/collections/${collection}/\\d+`), {
          timeout: 30_000,
        })
        const id = Number(new URL(page.url()).pathname.split('/').pop())
        expect(before).not.toContain(id)
        expect(await allIds(editor, collection)).toContain(id)
        await page.locator(otherField).fill(typed)
        await page.waitForTimeout(2_500) // an autosave may run
        if (shots) await page.screenshot({ path: `${shots}/wt-drafts-abandoned-${collection}.png` })

        // Walks away to the list.
        await page.goto(`${baseUrl}/admin/collections/${collection}`)
        await expect.poll(() => allIds(editor, collection), { timeout: 10_000 }).not.toContain(id)
        await page.reload()
        await page.locator('.collection-list, .table').first().waitFor({ timeout: 30_000 })
        expect(await page.locator(`a[href$="/collections/${collection}/${id}"]`).count()).toBe(0)
        expect(await page.content()).not.toMatch(
          /&lt;No (Question|Name|Title)&gt;|<No (Question|Name|Title)>/,
        )
      } finally {
        await context.close()
      }
    },
  )

  it('is discarded when the editor leaves the site in that tab, and kept once it has a title', async () => {
    const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
    const context = await browser().newContext()
    try {
      const page = await context.newPage()
      await signIn(page, 'editor@simatlas.test')
      await page.goto(`${baseUrl}/admin/collections/faqs/create`)
      await page.waitForURL(/\/admin\/collections\/faqs\/\d+/, { timeout: 30_000 })
      const closedId = Number(new URL(page.url()).pathname.split('/').pop())
      await page.locator('#field-question').waitFor({ timeout: 30_000 })
      // The form is live (React has taken over the server-rendered field), as when a person has
      // seen it: leaving before that, nothing in the page runs at all.
      await page.waitForFunction(() => {
        const field = document.querySelector('#field-question')
        return Boolean(field && Object.keys(field).some((key) => key.startsWith('__reactFiber')))
      })
      await page.waitForTimeout(1_000) // the document controls' effects run after it
      // Leaves the admin for another page in the same tab (the page is unloaded, as on close).
      // The browser delivers the beacon after the page is gone, on a loaded CI machine late.
      await page.goto('about:blank')
      await expect.poll(() => allIds(editor, 'faqs'), { timeout: 30_000 }).not.toContain(closedId)

      const titled = await context.newPage()
      await titled.goto(`${baseUrl}/admin/collections/faqs/create`)
      await titled.waitForURL(/\/admin\/collections\/faqs\/\d+/, { timeout: 30_000 })
      const keptId = Number(new URL(titled.url()).pathname.split('/').pop())
      const saved = titled.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().includes(`/api/faqs/${keptId}?`),
        { timeout: 30_000 },
      )
      await titled.locator('#field-question').fill('放弃测试：保留的问题')
      expect((await saved).status()).toBe(200)
      // The slug was made from the question by the autosave, and the form shows it, editable.
      const draft = await editor('GET', `/faqs/${keptId}?draft=true&locale=zh`)
      expect(draft.slug).toMatch(/^fang-qi-ce-shi-bao-liu-de-wen-ti/)
      const slug = titled.locator('#field-slug')
      await expect.poll(() => slug.inputValue(), { timeout: 15_000 }).toBe(draft.slug)
      expect(await slug.isEditable()).toBe(true)
      if (shots) await titled.screenshot({ path: `${shots}/wt-drafts-faq-slug.png` })
      await titled.goto(`${baseUrl}/admin/collections/faqs`)
      await titled.waitForTimeout(1_000)
      expect(await allIds(editor, 'faqs')).toContain(keptId)
      await editor('DELETE', `/faqs/${keptId}`)
    } finally {
      await context.close()
    }
  })
})
