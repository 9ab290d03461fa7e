import { beforeAll, describe, expect, inject, it } from 'vitest'

import { doc, p } from '../support/lexical'
import { restClientFor } from '../support/restClient'

const baseUrl = inject('baseUrl')
let api: Awaited<ReturnType<typeof restClientFor>>

async function page(path: string) {
  const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' })
  return {
    status: response.status,
    html: await response.text(),
    cache: response.headers.get('x-nextjs-cache'),
  }
}

beforeAll(async () => {
  api = await restClientFor(baseUrl, 'editor@simatlas.test')
})

describe('publishing revalidates exactly the affected pages, in every locale', () => {
  it('a new guide appears, changes, and disappears on the next GET after each API call', async () => {
    const paths = { zh: '/zh/guides/ceshi-zhinan', en: '/en/guides/test-guide' }
    // Visit first, so that a cached 404 and cached lists exist to be replaced.
    expect((await page(paths.zh)).status).toBe(404)
    expect((await page('/en/guides')).html).not.toContain('Cache test guide')

    const { doc: created } = await api('POST', '/guides?locale=zh', {
      title: '缓存测试指南',
      slug: 'ceshi-zhinan',
      topic: 'renewal',
      country: 'KZ',
      body: doc(p('第一版')),
      _status: 'published',
    })
    await api('PATCH', `/guides/${created.id}?locale=en`, {
      title: 'Cache test guide',
      slug: 'test-guide',
      body: doc(p('First version')),
      _status: 'published',
    })

    expect((await page(paths.zh)).html).toContain('第一版')
    expect((await page(paths.en)).html).toContain('First version')
    expect((await page('/en/guides')).html).toContain('Cache test guide')
    // Cached now: a second GET is served from the cache.
    expect((await page(paths.en)).cache).toBe('HIT')

    await api('PATCH', `/guides/${created.id}?locale=en`, {
      body: doc(p('Second version')),
      _status: 'published',
    })
    expect((await page(paths.en)).html).toContain('Second version')

    // Unpublishing removes it from every locale at once.
    await api('PATCH', `/guides/${created.id}?locale=zh`, { _status: 'draft' })
    expect((await page(paths.zh)).status).toBe(404)
    expect((await page(paths.en)).status).toBe(404)
    expect((await page('/en/guides')).html).not.toContain('Cache test guide')

    await api('DELETE', `/guides/${created.id}`)
  })

  it('unpublishing while a draft is pending expires the cached pages too', async () => {
    const path = '/en/guides/pending-draft-guide'
    const { doc: created } = await api('POST', '/guides?locale=zh', {
      title: '待定草稿指南',
      slug: 'daiding-caogao',
      topic: 'renewal',
      country: 'KZ',
      body: doc(p('已发布')),
      _status: 'published',
    })
    await api('PATCH', `/guides/${created.id}?locale=en`, {
      title: 'Pending draft guide',
      slug: 'pending-draft-guide',
      body: doc(p('Published text')),
      _status: 'published',
    })
    expect((await page(path)).status).toBe(200)
    expect((await page(path)).cache).toBe('HIT')

    // Newest version a draft, then the document unpublished: draft → draft in the versions,
    // published → draft for readers.
    await api('PATCH', `/guides/${created.id}?locale=en&draft=true`, { title: 'Pending edit' })
    await api('PATCH', `/guides/${created.id}?locale=en`, { _status: 'draft' })
    expect((await page(path)).status).toBe(404)
    expect((await page('/zh/guides/daiding-caogao')).status).toBe(404)
    expect((await page('/en/guides')).html).not.toContain('Pending draft guide')

    await api('DELETE', `/guides/${created.id}`)
  })

  it('a shared fact on a carrier shows on its page in all three locales', async () => {
    const { doc: carrier } = await api('POST', '/carriers?locale=zh', {
      name: '测试运营商',
      slug: 'test-carrier',
      country: 'KZ',
      description: '测试',
      autoRenewal: 'unknown',
      status: 'active',
      // Carriers have drafts (issue 11): published at once.
      _status: 'published',
    })
    const before = await Promise.all(
      ['zh', 'ru', 'en'].map((l) => page(`/${l}/carriers/test-carrier`)),
    )
    expect(before.map((r) => r.status)).toEqual([200, 200, 200])

    await api('PATCH', `/carriers/${carrier.id}`, { autoRenewal: 'yes' })
    const after = await Promise.all(
      ['zh', 'ru', 'en'].map((l) => page(`/${l}/carriers/test-carrier`)),
    )
    expect(after[0].html).toContain('支持')
    expect(after[1].html).toContain('Есть')
    expect(after[2].html).toContain('Supported')
    expect((await page('/ru/carriers')).html).toContain('Есть')

    await api('DELETE', `/carriers/${carrier.id}`)
    expect((await page('/en/carriers/test-carrier')).status).toBe(404)
  })

  it('a renamed carrier is renamed on the guides that link to it', async () => {
    const { docs } = await api('GET', '/carriers?where[slug][equals]=beeline&locale=ru')
    const beeline = docs[0]
    const guide = '/ru/guides/prodlenie-turisticheskoy-sim-karty-v-kazakhstane'
    expect((await page(guide)).html).toContain('Билайн')
    await api('PATCH', `/carriers/${beeline.id}?locale=ru`, { name: 'Билайн Казахстан' })
    expect((await page(guide)).html).toContain('Билайн Казахстан')
    await api('PATCH', `/carriers/${beeline.id}?locale=ru`, { name: 'Билайн' })
    expect((await page(guide)).html).not.toContain('Билайн Казахстан')
  })
})
