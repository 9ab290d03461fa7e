import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { callout, doc, p } from '../support/lexical'
import { seed } from '../../src/seed/seed'
import { apiClient } from '../support/api'
import { bootPayload, closePayload } from '../support/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>

type Hit = { collection: string; slug: string; title: string; url: string; snippet: string }
const search = async (locale: string, q: string, limit = 10) => {
  const { status, json } = await api.get(
    `/search?locale=${locale}&q=${encodeURIComponent(q)}&limit=${limit}`,
  )
  expect(status).toBe(200)
  return json as { hits: Hit[]; total: number }
}

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  await seed(payload, { log: () => undefined })
})
afterAll(async () => {
  await closePayload(payload)
})

describe('GET /api/search', () => {
  it('finds two-character Chinese words in unsegmented text, best match first', async () => {
    const { hits, total } = await search('zh', '续费')
    expect(total).toBeGreaterThanOrEqual(4)
    expect(hits[0].title).toContain('续费')
    expect(hits[0].snippet).toContain('<mark>续费</mark>')
    const balance = await search('zh', '余额')
    expect(balance.hits.map((h) => h.url)).toContain('/zh/guides/hasakesitan-yuanyouka-xufei')
    // A word that is not in the text finds nothing, although its characters are common.
    expect((await search('zh', '续卡')).total).toBe(0)
  })

  it('finds a single Chinese character', async () => {
    const { hits } = await search('zh', '柜')
    expect(hits).toEqual([])
    const { total } = await search('zh', '卡')
    expect(total).toBeGreaterThan(3)
  })

  it('stems Russian and English words, and ranks a title match first', async () => {
    const ru = await search('ru', 'продление')
    expect(ru.hits[0].url).toBe('/ru/guides/prodlenie-turisticheskoy-sim-karty-v-kazakhstane')
    expect(ru.hits.some((h) => /<mark>продл/i.test(h.snippet))).toBe(true)
    expect((await search('ru', 'агент')).hits[0].url).toBe('/ru/channels/third-party-agent')

    const en = await search('en', 'renewing')
    expect(en.hits[0].title).toMatch(/renew/i)
    expect((await search('en', 'Alipay')).hits.map((h) => h.slug)).toContain('third-party-agent')
    // English words find nothing in Russian.
    expect((await search('ru', 'queue renewal')).total).toBe(0)
  })

  it('answers a question whose words are not all in one document by what it is about', async () => {
    const { hits } = await search('zh', '过期了怎么办')
    expect(hits.length).toBeGreaterThan(0)
    // The best answer is about a card that has expired (到期了怎么办), with what matched marked.
    expect((hits[0].title + hits[0].snippet).replace(/<\/?mark>/g, '')).toMatch(/过期|到期/)
    expect(hits[0].snippet).toMatch(/<mark>/)
    // With every word in some document, only documents with all of them count.
    const both = await search('en', 'renew Alipay')
    for (const hit of both.hits) expect(hit.snippet + hit.title).toMatch(/alipay/i)
  })

  it('marks where a snippet cuts the text short', async () => {
    const { hits } = await search('en', 'Alipay')
    expect(hits.length).toBeGreaterThan(0)
    for (const hit of hits) {
      expect(hit.snippet).not.toMatch(/^\s/)
      expect(hit.snippet).toMatch(/^…|^[A-Z<]/)
    }
    expect(hits.some((h) => h.snippet.startsWith('…') || h.snippet.endsWith('…'))).toBe(true)
  })

  it('limits results and reports the full total', async () => {
    const all = await search('zh', '卡', 50)
    const two = await search('zh', '卡', 2)
    expect(two.hits).toHaveLength(2)
    expect(two.total).toBe(all.total)
    expect(two.hits.map((h) => h.url)).toEqual(all.hits.slice(0, 2).map((h) => h.url))
  })

  it('never shows drafts and forgets unpublished documents', async () => {
    const faq = (
      await payload.find({ collection: 'faqs', where: { slug: { equals: 'renewal-failed' } } })
    ).docs[0]
    expect((await search('en', 'fails')).hits.map((h) => h.slug)).toContain('renewal-failed')
    await payload.update({ collection: 'faqs', id: faq.id, data: { _status: 'draft' } })
    expect((await search('en', 'fails')).hits.map((h) => h.slug)).not.toContain('renewal-failed')
  })

  it('indexes only reader-facing text, not block ids or types', async () => {
    for (const q of ['callout', 'warning', 'blockname'])
      expect((await search('en', q)).hits, q).toEqual([])
  })

  it('escapes content in snippets', async () => {
    const { hits } = await search('en', 'WeChat')
    for (const hit of hits) expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
  })

  it('never turns control characters in content into markup', async () => {
    const body = (text: string) => doc(p(text))
    const guide = await payload.create({
      collection: 'guides',
      locale: 'en',
      data: {
        title: 'Zebracorn \u0001guide\u0002',
        slug: 'zebracorn',
        topic: 'renewal',
        country: 'KZ',
        body: body('Zebracorn tips \u0001injected\u0002 here, \u0001end\u0002'),
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'zh',
      data: { title: '斑马指南', slug: 'banma', body: body('斑马独角\u0001兽\u0002续费说明') },
    })
    const en = await search('en', 'zebracorn')
    expect(en.hits).toHaveLength(1)
    expect(en.hits[0].title).toBe('Zebracorn guide')
    expect(en.hits[0].snippet).toMatch(/^<mark>Zebracorn<\/mark> tips injected here/)
    expect(en.hits[0].snippet.replace('<mark>Zebracorn</mark>', '')).not.toMatch(/[<>\u0001\u0002]/)
    const zh = await search('zh', '斑马')
    expect(zh.hits[0].snippet.trim()).toBe('<mark>斑马</mark>独角兽续费说明')
  })

  it('indexes rich text as readers read it: formatting does not split words, links are their text', async () => {
    const text = (value: string, format = 0) => ({
      type: 'text',
      text: value,
      format,
      style: '',
      mode: 'normal',
      detail: 0,
      version: 1,
    })
    const paragraph = (...children: object[]) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      children,
    })
    const link = {
      type: 'link',
      version: 3,
      format: '',
      indent: 0,
      direction: 'ltr',
      fields: { linkType: 'custom', url: 'https://quagga.example/', newTab: false },
      children: [text('the operator')],
    }
    const guide = await payload.create({
      collection: 'guides',
      locale: 'en',
      data: {
        title: 'Formatting guide',
        slug: 'formatting',
        topic: 'renewal',
        country: 'KZ',
        body: doc(paragraph(text('Ask '), link, text('.')), callout('tip', 'Bring a zebu')),
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'zh',
      data: {
        title: '格式指南',
        slug: 'geshi',
        body: doc(paragraph(text('看见'), text('鸵', 1), text('鸟了')), callout('tip', '带上护照')),
      },
    })
    // 鸵鸟 is one word, although its first character is bold.
    expect((await search('zh', '鸵鸟')).hits.map((h) => h.slug)).toEqual(['geshi'])
    // A link is its text; its address and settings are not.
    expect((await search('en', 'operator')).hits.map((h) => h.slug)).toContain('formatting')
    expect((await search('en', 'quagga')).hits).toEqual([])
    // Blocks are text too.
    expect((await search('en', 'zebu')).hits.map((h) => h.slug)).toEqual(['formatting'])
  })

  it.each([
    ['locale=de&q=sim', /locale/],
    ['locale=en&q=', /empty/],
    ['locale=en&q=' + 'a'.repeat(101), /longer than 100/],
    ['locale=en&q=sim&limit=0', /limit/],
    ['locale=en&q=sim&limit=abc', /limit/],
    ['locale=en&q=sim%00', /NUL/],
    ['locale=zh&q=%00%E7%BB%AD', /NUL/],
  ])('answers %s with a 400 and a message', async (query, message) => {
    const { status, json } = await api.get(`/search?${query}`)
    expect(status).toBe(400)
    expect(json.errors[0].message).toMatch(message)
  })
})
