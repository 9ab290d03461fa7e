import AxeBuilder from '@axe-core/playwright'
import http from 'node:http'
import type { Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminSignIn } from '../support/adminSignIn'
import { doc, p } from '../support/lexical'
import { restClientFor, signInToSite } from '../support/restClient'
import { sharedBrowser } from '../support/sharedBrowser'

/**
 * What an editor fills in is what readers see (issue 11): a guide's hero image, a carrier's logo
 * and support languages, "last verified on" with a neutral note past the limit; and in the admin
 * the "needs checking" panel and list column, and the Feedback panel's totals. Screenshots go to
 * SIMATLAS_SHOTS_DIR when it is set.
 */

const baseUrl = inject('baseUrl')
const browser = sharedBrowser()
const signIn = adminSignIn(baseUrl)
const shotsDir = process.env.SIMATLAS_SHOTS_DIR
let api: Awaited<ReturnType<typeof restClientFor>>
const created: [string, number][] = []
let mediaId = 0
let guideId = 0

const daysAgo = (days: number) =>
  new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
const source = (checkedOn: string) => ({
  url: 'https://example.kz/old-page',
  title: 'An old page',
  language: 'ru',
  checkedOn,
})

async function withPage<T>(path: string, run: (page: Page) => Promise<T>, width = 1280) {
  // A context of its own: axe opens a page in it.
  const context = await browser().newContext({ viewport: { width, height: 900 } })
  const page = await context.newPage()
  try {
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.status(), path).toBe(200)
    return await run(page)
  } finally {
    await context.close()
  }
}

/** A vote from a loopback address of its own, so the per-client limit is not shared. */
function vote(body: Record<string, unknown>, localAddress: string) {
  return new Promise<number>((resolve, reject) => {
    const request = http.request(
      new URL('/api/feedback', baseUrl),
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    request.on('error', reject)
    request.end(JSON.stringify(body))
  })
}

beforeAll(async () => {
  api = await restClientFor(baseUrl, 'editor@simatlas.test')
  // An image big enough for every generated size (320, 768, 1440 px wide).
  const png = await sharp({
    create: { width: 1600, height: 900, channels: 3, background: '#2a6f97' },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'hero-e2e.png')
  form.append('_payload', JSON.stringify({ alt: '蓝色的测试图片' }))
  const token = await signInToSite(baseUrl, 'editor@simatlas.test')
  const upload = await fetch(`${baseUrl}/api/media?locale=zh`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  expect(upload.status).toBe(201)
  mediaId = ((await upload.json()) as { doc: { id: number } }).doc.id
  await api('PATCH', `/media/${mediaId}?locale=en`, { alt: 'A blue test picture' })

  const { doc: guide } = await api('POST', '/guides?locale=zh', {
    title: '题图测试指南',
    slug: 'titu-ceshi',
    summary: '有题图的指南。',
    topic: 'renewal',
    country: 'KZ',
    body: doc(p('正文')),
    heroImage: mediaId,
    sources: [source(daysAgo(3))],
    _status: 'published',
  })
  guideId = guide.id
  created.push(['guides', guide.id])
  await api('PATCH', `/guides/${guide.id}?locale=en`, {
    title: 'Hero image guide',
    slug: 'hero-image-guide',
    summary: 'A guide with a hero image.',
    body: doc(p('Body')),
    _status: 'published',
  })

  const { doc: carrier } = await api('POST', '/carriers?locale=en', {
    name: 'Stale carrier',
    slug: 'stale-carrier',
    description: 'A carrier whose facts were checked long ago.',
    logo: mediaId,
    supportLanguages: ['ru', 'kk'],
    // A test address on the store's host (deleted with the carrier); no real app is named.
    appLinks: { googlePlay: 'https://play.google.com/store/apps/details?id=example.stale' },
    facts: [
      { kind: 'website', text: 'stale.example is its site.', source: source(daysAgo(400)) },
      { kind: 'support', text: 'Call the stale support line.', source: source(daysAgo(30)) },
    ],
    // Carriers and channels have drafts: published at once, as readers see them.
    _status: 'published',
  })
  created.push(['carriers', carrier.id])
  const { doc: channel } = await api('POST', '/channels?locale=en', {
    name: 'Never verified channel',
    slug: 'never-verified-channel',
    summary: 'A channel nobody has checked.',
    kinds: ['retail-store'],
    _status: 'published',
  })
  created.push(['channels', channel.id])
})
afterAll(async () => {
  for (const [collection, id] of created.reverse()) {
    await api('DELETE', `/${collection}/${id}`).catch(() => undefined)
  }
  if (mediaId) await api('DELETE', `/media/${mediaId}`).catch(() => undefined)
})

describe('what an editor fills in, readers see', () => {
  it("shows a guide's hero image with its sizes and its alt text, and on its card", async () => {
    await withPage('/en/guides/hero-image-guide', async (page) => {
      const hero = page.locator('img.hero-image')
      expect(await hero.getAttribute('alt')).toBe('A blue test picture')
      const srcset = (await hero.getAttribute('srcset')) ?? ''
      expect(srcset).toMatch(/ 320w/)
      expect(srcset).toMatch(/ 768w/)
      expect(srcset).toMatch(/ 1440w/)
      expect(await hero.getAttribute('sizes')).toContain('48rem')
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('img.hero-image')
        return Boolean(img?.complete && img.naturalWidth > 0)
      })
      expect(await page.locator('[data-country]').innerText()).toBe('Country: Kazakhstan')
      if (shotsDir) await page.screenshot({ path: `${shotsDir}/guide-hero-image.png` })
    })
    // Untranslated alt text comes from zh, with its lang.
    await withPage('/ru/guides/titu-ceshi', async (page) => {
      const hero = page.locator('img.hero-image')
      expect(await hero.getAttribute('alt')).toBe('蓝色的测试图片')
      expect(await hero.getAttribute('lang')).toBe('zh-Hans')
    })
    await withPage('/en/guides', async (page) => {
      const card = page.locator('.card', { hasText: 'Hero image guide' })
      // Beside the link naming the guide, the card's picture is decorative.
      expect(await card.locator('img.card-image').getAttribute('alt')).toBe('')
    })
  })

  it("shows a carrier's logo, store links, support languages under its support contacts, and in the table", async () => {
    await withPage('/en/carriers/stale-carrier', async (page) => {
      expect(await page.locator('img.carrier-logo').getAttribute('alt')).toBe('A blue test picture')
      expect(await page.locator('dd[data-support-languages]').innerText()).toBe('Russian, Kazakh')
      const stores = page.locator('[data-app-stores] a')
      expect(await stores.allInnerTexts()).toEqual(['Google Play'])
      expect(await stores.getAttribute('href')).toBe(
        'https://play.google.com/store/apps/details?id=example.stale',
      )
      // Right under "Support contacts", where a reader looks for support.
      const terms = await page.locator('dl.facts > dt').allInnerTexts()
      expect(terms[terms.indexOf('Support languages') - 1]).toBe('Support contacts')
      if (shotsDir) await page.screenshot({ path: `${shotsDir}/carrier-stale.png`, fullPage: true })
    })
    await withPage('/ru/carriers', async (page) => {
      const row = page.locator('tr', { hasText: 'Stale carrier' })
      expect(await row.locator('img.carrier-logo-small').count()).toBe(1)
      expect(await row.locator('td[data-support-languages]').innerText()).toBe('русский, казахский')
    })
  })

  it('says when facts were last verified, and past the limit asks to confirm with the carrier', async () => {
    await withPage('/en/carriers/stale-carrier', async (page) => {
      expect(await page.locator('[data-facts-verified]').innerText()).toMatch(/^Last verified on /)
      const note = page.locator('[data-stale-facts]')
      expect(await note.getAttribute('data-stale-facts')).toBe('400')
      expect(await note.innerText()).toMatch(
        /more than 180 days ago.*confirm them with the carrier/,
      )
      // A note, not an alarm.
      expect(await note.getAttribute('role')).toBeNull()
    })
    await withPage('/zh/channels/never-verified-channel', async (page) => {
      expect(await page.locator('[data-stale-facts]').getAttribute('data-stale-facts')).toBe(
        'never',
      )
      expect(await page.locator('[data-stale-facts]').innerText()).toContain('请向运营商确认')
    })
    // Facts checked recently: the date, no note.
    await withPage('/ru/carriers/kcell', async (page) => {
      expect(await page.locator('[data-facts-verified]').innerText()).toMatch(/^Последняя проверка/)
      expect(await page.locator('[data-stale-facts]').count()).toBe(0)
    })
  })

  it('renders those pages again at least hourly, so a cached page turns stale the day it should', async () => {
    for (const path of [
      '/en/guides/hero-image-guide',
      '/en/carriers/stale-carrier',
      '/zh/channels/never-verified-channel',
    ]) {
      await fetch(`${baseUrl}${path}`)
      const cached = await fetch(`${baseUrl}${path}`)
      expect(cached.headers.get('x-nextjs-cache'), path).toBe('HIT')
      expect(cached.headers.get('cache-control'), path).toMatch(/\bs-maxage=3600\b/)
    }
  })

  for (const path of ['/en/guides/hero-image-guide', '/en/carriers/stale-carrier']) {
    it(`axe finds no violations on ${path}`, async () => {
      const violations = await withPage(
        path,
        async (page) => (await new AxeBuilder({ page }).analyze()).violations,
      )
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([])
    })
  }
})

describe('the admin', () => {
  it('lists the documents that need checking on the dashboard, never verified first', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 1000 } })
    try {
      await signIn(page, 'editor@simatlas.test')
      await page.goto(`${baseUrl}/admin`)
      const panel = page.locator('[data-needs-checking]')
      await panel.waitFor()
      const rows = await panel.locator('tr[data-document]').evaluateAll((trs) =>
        trs.map((tr) => ({
          key: tr.getAttribute('data-document'),
          age: tr.querySelector('[data-facts-age]')?.getAttribute('data-facts-age'),
        })),
      )
      const stale = created.find(([c]) => c === 'carriers')![1]
      const never = created.find(([c]) => c === 'channels')![1]
      const keys = rows.map((r) => r.key)
      expect(keys).toContain(`carriers:${stale}`)
      expect(keys).toContain(`channels:${never}`)
      // Never verified first, then by age.
      const firstDated = rows.findIndex((r) => r.age !== 'never')
      expect(rows.slice(firstDated).every((r) => r.age === 'stale')).toBe(true)
      expect(rows.slice(0, firstDated).every((r) => r.age === 'never')).toBe(true)
      expect(
        Number(await panel.locator('li[data-collection="carriers"]').getAttribute('data-count')),
      ).toBeGreaterThanOrEqual(1)
      if (shotsDir) await panel.screenshot({ path: `${shotsDir}/needs-checking.png` })

      // The collection's link opens its list filtered to the stale ones, oldest first.
      await panel.locator('li[data-collection="carriers"] a').click()
      await page.waitForURL(/\/admin\/collections\/carriers\?/)
      // The carrier has only an English name; the admin lists in zh. Its row is found by age.
      const cell = page.locator('tr [data-facts-age][data-days="400"]')
      await cell.waitFor()
      expect(await cell.getAttribute('data-facts-age')).toBe('stale')
      expect(await cell.innerText()).toMatch(/Needs checking · 400 days ago/)
      expect(await page.locator('tr', { hasText: 'Kcell' }).count()).toBe(0)
    } finally {
      await page.close()
    }
  })

  it("shows a guide's feedback as totals per locale, read-only", async () => {
    const votes = [
      { locale: 'zh', helpful: true },
      { locale: 'zh', helpful: true },
      { locale: 'ru', helpful: false },
      { locale: 'en', helpful: true },
      { locale: 'en', helpful: false },
    ]
    for (const [i, v] of votes.entries()) {
      expect(await vote({ collection: 'guides', id: guideId, ...v }, `127.0.0.${120 + i}`)).toBe(
        200,
      )
    }
    const page = await browser().newPage({ viewport: { width: 1280, height: 1000 } })
    try {
      await signIn(page, 'editor@simatlas.test')
      await page.goto(`${baseUrl}/admin/collections/guides/${guideId}`)
      const panel = page.locator('[data-feedback-totals]')
      await panel.waitFor()
      const cells = async (locale: string) => [
        await panel.locator(`tr[data-locale="${locale}"] [data-helpful]`).innerText(),
        await panel.locator(`tr[data-locale="${locale}"] [data-not-helpful]`).innerText(),
      ]
      expect(await cells('zh')).toEqual(['2', '0'])
      expect(await cells('ru')).toEqual(['0', '1'])
      expect(await cells('en')).toEqual(['1', '1'])
      expect(await cells('total')).toEqual(['3', '2'])
      // No raw rows, nothing to add.
      expect(await panel.getByRole('button').count()).toBe(0)
      if (shotsDir) await panel.screenshot({ path: `${shotsDir}/feedback-totals.png` })
    } finally {
      await page.close()
    }
  })
})
