import { beforeAll, describe, expect, inject, it } from 'vitest'

import { doc, p } from '../support/lexical'
import { restClientFor } from '../support/restClient'
import { sitemapSchemaErrors } from '../support/sitemapSchema'

const baseUrl = inject('baseUrl')
let api: Awaited<ReturnType<typeof restClientFor>>

const get = async (path: string) => {
  const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' })
  return {
    status: response.status,
    html: await response.text(),
    location: response.headers.get('location'),
  }
}

const hreflangs = (html: string) =>
  [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map(
    (m) => `${m[1]} ${new URL(m[2]).pathname}`,
  )

beforeAll(async () => {
  api = await restClientFor(baseUrl, 'editor@simatlas.test')
})

describe('multilingual SEO', () => {
  it('links a translated guide to itself in every locale, with a self-canonical and x-default', async () => {
    const { html } = await get('/ru/guides/prodlenie-turisticheskoy-sim-karty-v-kazakhstane')
    expect(hreflangs(html).sort()).toEqual([
      'en /en/guides/renew-tourist-sim-kazakhstan',
      'ru /ru/guides/prodlenie-turisticheskoy-sim-karty-v-kazakhstane',
      'x-default /zh/guides/hasakesitan-yuanyouka-xufei',
      'zh-Hans /zh/guides/hasakesitan-yuanyouka-xufei',
    ])
    expect(html).toMatch(
      /<link rel="canonical" href="[^"]*\/ru\/guides\/prodlenie-turisticheskoy-sim-karty-v-kazakhstane"/,
    )
    expect(html).toContain('"@type":"Article"')
    expect(html).toMatch(
      /<meta property="og:title" content="Продление туристической SIM-карты в Казахстане"/,
    )
    expect(html).toContain('<meta property="og:locale" content="ru_RU"/>')
  })

  it('shows an untranslated guide in the source language with a notice, noindex, and no hreflang for it', async () => {
    const { doc: guide } = await api('POST', '/guides?locale=zh', {
      title: '只有中文的指南',
      slug: 'zhi-you-zhongwen',
      topic: 'buying',
      country: 'KZ',
      body: doc(p('这篇指南还没有翻译。')),
      _status: 'published',
    })
    try {
      const en = await get('/en/guides/zhi-you-zhongwen')
      expect(en.status).toBe(200)
      expect(en.html).toContain('This page has not been translated into English yet')
      expect(en.html).toContain('这篇指南还没有翻译。')
      expect(en.html).toMatch(/<meta name="robots" content="noindex, follow"/)
      expect(hreflangs(en.html)).toEqual([])

      const zh = await get('/zh/guides/zhi-you-zhongwen')
      expect(hreflangs(zh.html).sort()).toEqual([
        'x-default /zh/guides/zhi-you-zhongwen',
        'zh-Hans /zh/guides/zhi-you-zhongwen',
      ])

      const sitemap = (await get('/sitemap.xml')).html
      expect(sitemap).toContain('/zh/guides/zhi-you-zhongwen</loc>')
      expect(sitemap).not.toContain('/en/guides/zhi-you-zhongwen')
    } finally {
      await api('DELETE', `/guides/${guide.id}`)
    }
  })

  it('serves a sitemap with hreflang alternates, and robots.txt pointing at it', async () => {
    const sitemap = (await get('/sitemap.xml')).html
    expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
    expect(sitemap).toMatch(
      /<xhtml:link rel="alternate" hreflang="ru" href="[^"]*\/ru\/guides\/prodlenie-turisticheskoy-sim-karty-v-kazakhstane"/,
    )
    expect(sitemap).toContain('/en/channels/third-party-agent</loc>')
    const robots = (await get('/robots.txt')).html
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
    expect(robots).toContain('Disallow: /admin')
  })

  it('serves a sitemap that is valid against the sitemap schemas, alternates included', async () => {
    const sitemap = (await get('/sitemap.xml')).html
    expect(await sitemapSchemaErrors(sitemap)).toEqual([])
    // The check can fail: an alternate whose hreflang is no language tag, or a <url> without
    // <loc>, is refused.
    const badLanguage = sitemap.replace(/ hreflang="ru"/, ' hreflang="Russian please"')
    expect(await sitemapSchemaErrors(badLanguage)).not.toEqual([])
    expect(await sitemapSchemaErrors(sitemap.replace(/<loc>[^<]*<\/loc>/, ''))).not.toEqual([])
  })

  it('keeps an old slug working with a permanent redirect after the slug changes', async () => {
    const { doc: guide } = await api('POST', '/guides?locale=en', {
      title: 'Old name',
      slug: 'old-name',
      topic: 'buying',
      country: 'KZ',
      body: doc(p('Body')),
      _status: 'published',
    })
    try {
      expect((await get('/en/guides/old-name')).status).toBe(200)
      await api('PATCH', `/guides/${guide.id}?locale=en`, {
        slug: 'new-name',
        _status: 'published',
      })
      const old = await get('/en/guides/old-name')
      expect(old.status).toBe(308)
      expect(old.location).toContain('/en/guides/new-name')
      expect((await get('/en/guides/new-name')).status).toBe(200)
    } finally {
      await api('DELETE', `/guides/${guide.id}`)
    }
  })
})
