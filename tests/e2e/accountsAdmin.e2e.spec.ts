import type { Page } from 'playwright-core'
import sharp from 'sharp'
import { describe, expect, inject, it } from 'vitest'

import { sharedBrowser } from '../support/sharedBrowser'
import { restClientFor, signInToSite } from '../support/restClient'

const baseUrl = inject('baseUrl')
const browser = sharedBrowser()
const password = 'simatlas-demo'

async function fillSignIn(page: Page, email: string) {
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
}

describe('the admin sign-in form', () => {
  it('tells the owner of a locked account that it is locked, until when, and to ask an admin', async () => {
    const admin = await restClientFor(baseUrl, 'admin@simatlas.test')
    const email = 'locked.e2e@simatlas.test'
    await admin('POST', '/users', { email, password, role: 'editor' })
    for (let attempt = 0; attempt < 5; attempt++) {
      const failed = await fetch(`${baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'not the password' }),
      })
      expect(failed.status).toBe(401)
    }

    const context = await browser().newContext()
    const page = await context.newPage()
    try {
      await fillSignIn(page, email)
      const toast = page.getByText(/This account is locked .* until .* UTC/)
      await toast.waitFor({ timeout: 30_000 })
      expect(await toast.textContent()).toMatch(/ask an admin to unlock it/)
      expect(new URL(page.url()).pathname).toBe('/admin/login')
    } finally {
      await context.close()
      await admin('POST', '/users/unlock', { email })
    }
  })
})

describe('a translator and a media file in the admin', () => {
  it('saves the Russian alt text, but may not replace the shared file', async () => {
    const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
    const token = await signInToSite(baseUrl, 'editor@simatlas.test', password)
    const image = await sharp({
      create: { width: 48, height: 32, channels: 3, background: '#0a0' },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'e2e-shared.png')
    form.append('_payload', JSON.stringify({ alt: '绿色的图片' }))
    const created = await fetch(`${baseUrl}/api/media?locale=zh`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; filename: string } }

    const context = await browser().newContext()
    const page = await context.newPage()
    try {
      await fillSignIn(page, 'translator.ru@simatlas.test')
      await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
      await page.goto(`${baseUrl}/admin/collections/media/${doc.id}?locale=ru`)
      const alt = page.locator('#field-alt')
      await alt.waitFor({ timeout: 30_000 })
      await alt.fill('Зелёная картинка')
      const saved = page.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().includes(`/api/media/${doc.id}`),
        { timeout: 30_000 },
      )
      await page.locator('#action-save').click()
      expect((await saved).status()).toBe(200)

      // Replacing the shared file from the same signed-in session is refused, and nothing changes.
      const replace = await page.request.patch(`${baseUrl}/api/media/${doc.id}?locale=ru`, {
        multipart: {
          file: { name: 'replacement.png', mimeType: 'image/png', buffer: image },
          _payload: JSON.stringify({ alt: 'Замена' }),
        },
      })
      expect(replace.status()).toBe(403)
      expect(
        ((await replace.json()) as { errors: { message: string }[] }).errors[0].message,
      ).toMatch(/только альтернативный текст медиафайлов, на своих языках/) // their admin's language

      const after = await editor('GET', `/media/${doc.id}?locale=all`)
      expect(after.alt).toEqual({ zh: '绿色的图片', ru: 'Зелёная картинка' })
      expect(after.filename).toBe(doc.filename)
    } finally {
      await context.close()
    }
  })
})
