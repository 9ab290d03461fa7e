import sharp from 'sharp'
import { describe, expect, inject, it } from 'vitest'

import { signInToSite } from '../support/restClient'
import { sharedBrowser } from '../support/sharedBrowser'

const baseUrl = inject('baseUrl')
const browser = sharedBrowser()

const headersOf = async (path: string) =>
  (await fetch(`${baseUrl}${path}`, { redirect: 'manual' })).headers

describe('security headers', () => {
  it('public pages, the admin, the API and static files carry CSP, framing, nosniff and referrer rules', async () => {
    for (const path of ['/en', '/zh/guides', '/admin/login', '/api/guides', '/robots.txt']) {
      const headers = await headersOf(path)
      const csp = headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("frame-ancestors 'self'")
      expect(csp, path).toContain("object-src 'none'")
      expect(csp, path).toContain("base-uri 'self'")
      expect(headers.get('x-frame-options'), path).toBe('SAMEORIGIN')
      expect(headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
      // This build's public origin is plain http: no HSTS to pin localhost with.
      expect(headers.get('strict-transport-security'), path).toBeNull()
    }
  })

  it('uploaded files are served sandboxed, with no scripts, whatever their content', async () => {
    const token = await signInToSite(baseUrl, 'editor@simatlas.test')
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#336' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'csp-test.png')
    form.append('_payload', JSON.stringify({ alt: '测试' }))
    const upload = await fetch(`${baseUrl}/api/media?locale=zh`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    expect(upload.status).toBe(201)
    const { doc } = (await upload.json()) as { doc: { id: number; url: string } }
    try {
      const csp = (await headersOf(doc.url)).get('content-security-policy') ?? ''
      expect(csp).toContain('sandbox')
      expect(csp).toContain("default-src 'none'")
      expect(csp).not.toMatch(/script-src/)
    } finally {
      await fetch(`${baseUrl}/api/media/${doc.id}`, {
        method: 'DELETE',
        headers: { authorization: `JWT ${token}` },
      })
    }
  })

  it("keeps Payload's colour-scheme client hints on the admin only", async () => {
    const page = await headersOf('/en')
    expect(page.get('critical-ch')).toBeNull()
    expect(page.get('accept-ch')).toBeNull()
    expect(page.get('vary') ?? '').not.toMatch(/Sec-CH-Prefers-Color-Scheme/i)
    expect((await headersOf('/admin/login')).get('accept-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
  })

  it("a reader's first visit is one document request (Critical-CH made Chromium send it twice)", async () => {
    const context = await browser().newContext()
    try {
      const page = await context.newPage()
      const documents: string[] = []
      page.on('request', (request) => {
        if (request.resourceType() === 'document') documents.push(request.url())
      })
      expect((await page.goto(`${baseUrl}/en`))?.status()).toBe(200)
      expect(documents).toEqual([`${baseUrl}/en`])
    } finally {
      await context.close()
    }
  })

  it("the admin's server actions refuse a cross-origin caller with a 403, not a 500", async () => {
    const callers: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
    ]
    for (const headers of callers) {
      const response = await fetch(`${baseUrl}/admin`, {
        method: 'POST',
        headers: { 'next-action': '40cd54aa', 'content-type': 'text/plain', ...headers },
        body: '[]',
        redirect: 'manual',
      })
      expect(response.status).toBe(403)
      expect(
        ((await response.json()) as { errors: { message: string }[] }).errors[0].message,
      ).toMatch(/cross-origin/i)
    }
  })

  it('the admin works under the policy: sign-in and an edit view load with no CSP violation', async () => {
    const context = await browser().newContext()
    const violations: string[] = []
    try {
      const page = await context.newPage()
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
      })
      await page.goto(`${baseUrl}/admin/login`)
      await page.locator('input[name="email"]').fill('editor@simatlas.test')
      await page.locator('input[name="password"]').fill('simatlas-demo')
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
      await page.goto(`${baseUrl}/admin/collections/guides`)
      await page.locator('table a').first().click()
      await page.locator('#field-title').waitFor({ timeout: 30_000 })
      await page.locator('[data-lexical-editor="true"]').first().waitFor({ timeout: 30_000 })
      expect(violations).toEqual([])
    } finally {
      await context.close()
    }
  })
})
