import { describe, expect, inject, it } from 'vitest'

import { adminSignIn } from '../support/adminSignIn'
import { doc, p } from '../support/lexical'
import { livePreviewAt360 } from '../support/livePreview'
import { restClientFor, signInToSite } from '../support/restClient'
import { sharedBrowser } from '../support/sharedBrowser'

/**
 * The draft preview route and Live Preview against the running site (`npm start`): who gets a
 * preview, what the page then shows and sends, that draft mode alone shows nobody a draft, that
 * the public pages' cache holds no draft, and the admin's Live Preview following an edit at
 * 360 px.
 */
const baseUrl = inject('baseUrl')
const browser = sharedBrowser()
const shots = process.env.SIMATLAS_SHOTS_DIR
const signIn = adminSignIn(baseUrl)

const get = (path: string, cookies: string[] = []) =>
  fetch(`${baseUrl}${path}`, {
    redirect: 'manual',
    headers: cookies.length ? { cookie: cookies.join('; ') } : {},
  })

/** `name=value` of a cookie a response sets (an empty value when it clears it). */
function setCookie(response: Response, name: string): string | undefined {
  const line = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`))
  return line?.split(';')[0]
}

const session = async (email: string) => `payload-token=${await signInToSite(baseUrl, email)}`

/** A guide published in zh (`公开…`) with a pending zh draft (`草稿…`) under another slug. */
async function guideWithDraft(key: string) {
  const editor = await restClientFor(baseUrl, 'editor@simatlas.test')
  const created = await editor('POST', '/guides?locale=zh', {
    title: `公开预览${key}`,
    slug: `gongkai-yulan-${key}`,
    topic: 'renewal',
    country: 'KZ',
    body: doc(p('公开正文')),
    _status: 'published',
  })
  const id = created.doc.id as number
  await editor('PATCH', `/guides/${id}?locale=zh&draft=true`, {
    title: `草稿预览${key}`,
    slug: `caogao-yulan-${key}`,
    body: doc(p('草稿正文')),
  })
  return { id, editor }
}

describe('the draft preview route', () => {
  it('sends nobody signed in to the sign-in, refuses bad queries and other locales', async () => {
    const key = `a${Date.now()}`
    const { id } = await guideWithDraft(key)
    const query = `/preview?collection=guides&id=${id}&locale=zh`

    const anonymous = await get(query)
    expect(anonymous.status).toBe(303)
    expect(anonymous.headers.get('location')).toBe(
      `/admin/login?redirect=${encodeURIComponent(query)}`,
    )
    expect(setCookie(anonymous, '__prerender_bypass')).toBe('__prerender_bypass=')
    expect(anonymous.headers.get('cache-control')).toBe('private, no-store')
    expect(anonymous.headers.get('x-robots-tag')).toBe('noindex, nofollow')

    const bad = await get(`/preview?collection=users&id=${id}&locale=zh`)
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /collection must be one of/,
    )

    const ru = await session('translator.ru@simatlas.test')
    const otherLocale = await get(`/preview?collection=guides&id=${id}&locale=en`, [ru])
    expect(otherLocale.status).toBe(403)
    expect(setCookie(otherLocale, '__prerender_bypass')).toBeUndefined()
    const ownLocale = await get(`/preview?collection=guides&id=${id}&locale=ru`, [ru])
    expect(ownLocale.status).toBe(307)
    const draftMode = setCookie(ownLocale, '__prerender_bypass')!
    expect(draftMode).toMatch(/^__prerender_bypass=.+/)
    // Draft mode is one cookie for everyone: on a page of a locale the translator does not edit
    // it shows what readers see, no draft, no banner.
    const zhPage = await get(`/zh/guides/gongkai-yulan-${key}`, [ru, draftMode])
    expect(zhPage.status).toBe(200)
    const zhHtml = await zhPage.text()
    expect(zhHtml).toContain(`公开预览${key}`)
    expect(zhHtml).not.toContain(`草稿预览${key}`)
    expect(zhHtml).not.toContain('preview-banner')
    expect((await get(`/zh/guides/caogao-yulan-${key}`, [ru, draftMode])).status).toBe(404)
    // On a Russian page it is their preview: the draft, under the draft's slug.
    const ruPage = await get(`/ru/guides/caogao-yulan-${key}`, [ru, draftMode])
    expect(ruPage.status).toBe(200)
    const ruHtml = await ruPage.text()
    expect(ruHtml).toContain('preview-banner')
    expect(ruHtml).toContain(`草稿预览${key}`)
  })

  it('shows an editor the newest draft, uncached and noindex; draft mode alone shows the published page', async () => {
    const key = `b${Date.now()}`
    const { id } = await guideWithDraft(key)
    // A reader's visit first, so the page and its reads are in Next's cache.
    const before = await get(`/zh/guides/gongkai-yulan-${key}`)
    expect(before.status).toBe(200)
    expect(await before.text()).toContain(`公开预览${key}`)

    const editor = await session('editor@simatlas.test')
    const start = await get(`/preview?collection=guides&id=${id}&locale=zh`, [editor])
    expect(start.status).toBe(307)
    // The page under the draft's slug, not the published one.
    expect(start.headers.get('location')).toBe(`/zh/guides/caogao-yulan-${key}`)
    expect(start.headers.get('cache-control')).toBe('private, no-store')
    expect(start.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    const draftMode = setCookie(start, '__prerender_bypass')!
    expect(draftMode).toMatch(/^__prerender_bypass=.+/)

    const preview = await get(start.headers.get('location')!, [editor, draftMode])
    expect(preview.status).toBe(200)
    expect(preview.headers.get('cache-control')).toMatch(/no-store/)
    expect(preview.headers.get('cache-control')).toMatch(/private/)
    expect(preview.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    const html = await preview.text()
    expect(html).toContain(`草稿预览${key}`)
    expect(html).toContain('草稿正文')
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/)
    expect(html).toContain('class="preview-banner"')
    expect(html).toContain('退出预览')

    // The draft-mode cookie without the session (copied, or the editor signed out): what
    // readers see, at the published slug; the draft's slug is nobody's page.
    const cookieOnly = await get(`/zh/guides/gongkai-yulan-${key}`, [draftMode])
    expect(cookieOnly.status).toBe(200)
    const cookieOnlyHtml = await cookieOnly.text()
    expect(cookieOnlyHtml).toContain(`公开预览${key}`)
    expect(cookieOnlyHtml).not.toContain(`草稿预览${key}`)
    expect(cookieOnlyHtml).not.toContain('preview-banner')
    expect((await get(`/zh/guides/caogao-yulan-${key}`, [draftMode])).status).toBe(404)

    // A forged draft-mode cookie with a real session: Next does not accept it, no draft.
    const forged = await get(`/zh/guides/gongkai-yulan-${key}`, [
      editor,
      '__prerender_bypass=forged',
    ])
    expect(await forged.text()).not.toContain(`草稿预览${key}`)

    // The readers' cached page and reads were not touched by the preview's render.
    const after = await get(`/zh/guides/gongkai-yulan-${key}`)
    const afterHtml = await after.text()
    expect(afterHtml).toContain(`公开预览${key}`)
    expect(afterHtml).not.toContain(`草稿预览${key}`)
    expect(after.headers.get('x-robots-tag')).toBeNull()
    expect((await get(`/zh/guides/caogao-yulan-${key}`)).status).toBe(404)

    // Exit: draft mode cleared, back to the page left (as readers see it).
    const exit = await fetch(`${baseUrl}/preview/exit?locale=zh`, {
      redirect: 'manual',
      headers: {
        cookie: [editor, draftMode].join('; '),
        referer: `${baseUrl}/zh/guides/caogao-yulan-${key}`,
      },
    })
    expect(exit.status).toBe(303)
    expect(exit.headers.get('location')).toBe(`/zh/guides/caogao-yulan-${key}`)
    expect(setCookie(exit, '__prerender_bypass')).toBe('__prerender_bypass=')
    const elsewhere = await fetch(`${baseUrl}/preview/exit?locale=ru`, {
      redirect: 'manual',
      headers: { referer: 'https://evil.example/zh/guides/x' },
    })
    expect(elsewhere.headers.get('location')).toBe('/ru')
  })

  it('previews a guide never published, which readers cannot reach', async () => {
    const key = `c${Date.now()}`
    const editorApi = await restClientFor(baseUrl, 'editor@simatlas.test')
    const created = await editorApi('POST', '/guides?locale=zh&draft=true', {
      title: `新指南${key}`,
      slug: `xin-zhinan-${key}`,
      topic: 'renewal',
      country: 'KZ',
      body: doc(p('还没发布')),
      _status: 'draft',
    })
    const editor = await session('editor@simatlas.test')
    const start = await get(`/preview?collection=guides&id=${created.doc.id}&locale=en`, [editor])
    expect(start.headers.get('location')).toBe(`/en/guides/xin-zhinan-${key}`)
    const draftMode = setCookie(start, '__prerender_bypass')!
    const preview = await get(`/en/guides/xin-zhinan-${key}`, [editor, draftMode])
    expect(preview.status).toBe(200)
    expect(await preview.text()).toContain(`新指南${key}`)
    expect((await get(`/en/guides/xin-zhinan-${key}`)).status).toBe(404)
  })
})

describe('a preview link in a browser', () => {
  it('signs a translator in, shows their locale with the banner, and exits to the published page', async () => {
    const key = `e${Date.now()}`
    const { id, editor } = await guideWithDraft(key)
    await editor('PATCH', `/guides/${id}?locale=en&publishSpecificLocale=en`, {
      title: `Published English ${key}`,
      slug: `published-english-${key}`,
      body: doc(p('Published English text')),
      _status: 'published',
    })
    await editor('PATCH', `/guides/${id}?locale=en&draft=true`, { title: `English draft ${key}` })
    const context = await browser().newContext({ viewport: { width: 360, height: 740 } })
    const page = await context.newPage()
    try {
      await page.goto(`${baseUrl}/preview?collection=guides&id=${id}&locale=en`)
      await page.locator('input[name="email"]').fill('translator.en@simatlas.test')
      await page.locator('input[name="password"]').fill('simatlas-demo')
      await page.locator('button[type="submit"]').click()
      await page.waitForURL(`${baseUrl}/en/guides/published-english-${key}`, { timeout: 30_000 })
      await page.locator('h1', { hasText: `English draft ${key}` }).waitFor()
      const banner = page.locator('.preview-banner')
      expect(await banner.textContent()).toContain('You are seeing the newest drafts')
      if (shots) await page.screenshot({ path: `${shots}/wt-preview-banner-en-360.png` })

      await banner.getByRole('link', { name: 'Exit preview' }).click()
      await page.locator('h1', { hasText: `Published English ${key}` }).waitFor({ timeout: 15_000 })
      expect(page.url()).toBe(`${baseUrl}/en/guides/published-english-${key}`)
      expect(await page.locator('.preview-banner').count()).toBe(0)
    } finally {
      await context.close()
    }
  })
})

describe('Live Preview in the admin', () => {
  it('shows the guide at 360 px and follows the title as the editor types (autosave)', async () => {
    const key = `d${Date.now()}`
    const { id } = await guideWithDraft(key)
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    try {
      await signIn(page, 'editor@simatlas.test')
      await page.goto(`${baseUrl}/admin/collections/guides/${id}?locale=zh`)
      const title = page.locator('#field-title')
      await title.waitFor({ timeout: 30_000 })
      const { frame } = await livePreviewAt360(page)
      await frame.locator('h1', { hasText: `草稿预览${key}` }).waitFor({ timeout: 30_000 })
      await frame.locator('.preview-banner').waitFor()

      const saved = page.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().includes(`/api/guides/${id}?`),
        { timeout: 30_000 },
      )
      await title.fill(`实时预览标题${key}`)
      expect((await saved).status()).toBe(200)
      await frame.locator('h1', { hasText: `实时预览标题${key}` }).waitFor({ timeout: 30_000 })
      if (shots) await page.screenshot({ path: `${shots}/wt-preview-live-360.png` })

      // Readers still see the published title: autosave saved a draft.
      const reader = await get(`/zh/guides/gongkai-yulan-${key}`)
      expect(await reader.text()).not.toContain(`实时预览标题${key}`)
    } finally {
      await context.close()
    }
  })
})
