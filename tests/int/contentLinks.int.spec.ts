import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RichText } from '../../src/components/RichText'
import { doc, p } from '../support/lexical'
import { apiClient } from '../support/api'
import { createGuide } from '../support/content'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn } from '../support/staff'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let guideId: number
const tokens: Record<'editor' | 'translator', string> = {} as never

/** A paragraph with one link, as the admin's link feature saves it. */
const linked = (
  url: string,
  type: 'link' | 'autolink' = 'link',
  fields: Record<string, unknown> = { linkType: 'custom', url, newTab: false },
) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        ...p('见 '),
        children: [
          ...(p('见 ').children as object[]),
          {
            type,
            version: 3,
            format: '',
            indent: 0,
            direction: 'ltr',
            fields,
            children: [
              {
                type: 'text',
                text: '这里',
                format: 0,
                style: '',
                mode: 'normal',
                detail: 0,
                version: 1,
              },
            ],
          },
        ],
      },
    ],
  },
})

const refused = [
  'data:text/html,<script>alert(1)</script>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '  javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'vbscript:msgbox(1)',
  '//evil.host/x',
  '\\\\evil.host/x',
  '/\\evil.host/x',
  'https://',
  'ftp://files.example.com',
]
const allowed = [
  'https://kcell.kz/ru/',
  'http://example.com/a?b=c#d',
  'mailto:help@simatlas.test',
  'tel:+77001234567',
  '/zh/guides/renew',
  '#h-steps',
]

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  for (const [role, email] of [
    ['admin', 'admin@simatlas.test'],
    ['editor', 'editor@simatlas.test'],
    ['translator', 'ru@simatlas.test'],
  ] as const) {
    await createStaff(payload, email, role)
    if (role !== 'admin') tokens[role] = await signIn(email)
  }
  guideId = (
    await createGuide(payload, {
      title: '指南',
      slug: 'guide',
      body: doc(p('正文')),
      _status: 'published',
    })
  ).id
})
afterAll(async () => {
  await closePayload(payload)
})

describe('links in rich text, on save', () => {
  it("a translator's data: link is a 400 naming the field, as a draft and on publish", async () => {
    const body = linked('data:text/html,<script>alert(document.cookie)</script>')
    for (const query of ['locale=ru&draft=true', 'locale=ru&publishSpecificLocale=ru']) {
      const { status, json } = await api.patch(
        `/guides/${guideId}?${query}`,
        {
          title: 'Руководство',
          slug: 'rukovodstvo',
          body,
          _status: query.includes('draft') ? 'draft' : 'published',
        },
        tokens.translator,
      )
      expect(status).toBe(400)
      expect(json.errors[0].message).toMatch(/body/)
      expect(json.errors[0].data.errors[0]).toMatchObject({
        path: 'body',
        message: expect.stringMatching(/^Links may go to http\(s\), mailto: or tel:/),
      })
    }
    const stored = await payload.findByID({
      collection: 'guides',
      id: guideId,
      locale: 'ru',
      draft: true,
    })
    expect(JSON.stringify(stored.body ?? null)).not.toContain('data:text')
  })

  it.each(refused)('refuses %j in a link or an autolink', async (url) => {
    for (const type of ['link', 'autolink'] as const) {
      const { status, json } = await api.patch(
        `/guides/${guideId}?locale=zh`,
        { body: linked(url, type) },
        tokens.editor,
      )
      expect(status).toBe(400)
      expect(json.errors[0].data.errors[0].path).toBe('body')
    }
  })

  it.each(allowed)('keeps %j', async (url) => {
    const { status, json } = await api.patch(
      `/guides/${guideId}?locale=zh`,
      { body: linked(url) },
      tokens.editor,
    )
    expect(status).toBe(200)
    expect(JSON.stringify(json.doc.body)).toContain(JSON.stringify(url).slice(1, -1))
  })
})

/** Links that claim to be internal but would be rendered from their `url`. */
const falselyInternal = [
  '//evil.example/phish',
  'data:text/html,<script>alert(1)</script>',
].flatMap((url) => [
  {
    type: 'autolink' as const,
    fields: { linkType: 'internal', url, doc: { relationTo: 'guides', value: 1 } },
  },
  { type: 'link' as const, fields: { linkType: 'internal', url } },
  { type: 'link' as const, fields: { linkType: 'internal', url, doc: { value: 1 } } },
])
const internal = { linkType: 'internal', newTab: false, doc: { relationTo: 'guides', value: 1 } }

describe('links that claim to be internal', () => {
  it.each(falselyInternal)('refuse %j on save, for a translator publishing', async (link) => {
    const { status, json } = await api.patch(
      `/guides/${guideId}?locale=ru&publishSpecificLocale=ru`,
      {
        title: 'Руководство',
        slug: 'rukovodstvo',
        body: linked(link.fields.url, link.type, link.fields),
        _status: 'published',
      },
      tokens.translator,
    )
    expect(status).toBe(400)
    expect(json.errors[0].data.errors[0].path).toBe('body')
  })

  it.each(falselyInternal)('render %j as its text, with no href', (link) => {
    const html = renderToStaticMarkup(
      createElement(RichText, {
        data: linked(link.fields.url, link.type, link.fields) as never,
        labels: { tip: 'Tip', warning: 'Warning' },
      }),
    )
    expect(html).toContain('这里')
    expect(html).not.toContain('href')
  })

  it('a real internal link is kept, and never rendered from its url', async () => {
    const { status } = await api.patch(
      `/guides/${guideId}?locale=zh`,
      { body: linked('', 'link', { ...internal, doc: { relationTo: 'guides', value: guideId } }) },
      tokens.editor,
    )
    expect(status).toBe(200)
    const html = renderToStaticMarkup(
      createElement(RichText, {
        data: linked('', 'link', { ...internal, url: '//evil.example/x' }) as never,
        labels: { tip: 'Tip', warning: 'Warning' },
      }),
    )
    expect(html).toMatch(/<a href="[^"]*">这里<\/a>/)
    expect(html).not.toContain('evil')
  })
})

describe('links in rich text, on render', () => {
  const render = (url: string) =>
    renderToStaticMarkup(
      createElement(RichText, {
        data: linked(url) as never,
        labels: { tip: 'Tip', warning: 'Warning' },
      }),
    )

  it.each(refused)('a stored %j link is shown as its text, with no href', (url) => {
    const html = render(url)
    expect(html).toContain('这里')
    expect(html).not.toContain('href')
    expect(html).not.toMatch(/script:|data:|evil\.host/i)
  })

  it.each(allowed)('a stored %j link stays a link', (url) => {
    const html = render(url)
    expect(html).toMatch(/<a href="[^"]+">这里<\/a>/)
  })
})
