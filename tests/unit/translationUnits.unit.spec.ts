import { describe, expect, it } from 'vitest'

import { Channels } from '../../src/collections/Channels'
import { Guides } from '../../src/collections/Guides'
import { seoForPages } from '../../src/seo/seoPlugin'
import { fingerprint, translationUnits } from '../../src/translation/units'
import { callout, doc, h, list, p, steps } from '../support/lexical'

// The guide's fields as the config builds them: its SEO group comes from the SEO plugin.
const guideFields = (
  seoForPages({ collections: [Guides] } as never) as { collections: (typeof Guides)[] }
).collections[0]!.fields

const guide = (body: ReturnType<typeof doc>) => ({
  title: '续费指南',
  slug: 'xufei',
  summary: '怎么续费',
  body,
  meta: { title: 'SEO 标题' },
})

describe('translation units', () => {
  it('split a guide into its text fields and one unit per rich-text block, in reading order', () => {
    const units = translationUnits(
      guideFields,
      guide(
        doc(
          h('h2', '准备'),
          p('第一段 **加粗**'),
          list('bullet', ['甲', '乙']),
          steps(['打开应用', '付款']),
          callout('tip', '记得截图'),
        ),
      ),
    )
    expect(units.map((u) => [u.key, u.kind, u.text])).toEqual([
      ['title', 'text', '续费指南'],
      ['summary', 'text', '怎么续费'],
      ['body#0', 'heading', '准备'],
      ['body#1', 'paragraph', '第一段 加粗'],
      ['body#2', 'listitem', '甲'],
      ['body#3', 'listitem', '乙'],
      ['body#4', 'step', '打开应用'],
      ['body#5', 'step', '付款'],
      ['body#6', 'callout', '记得截图'],
      ['meta.title', 'text', 'SEO 标题'],
    ])
    // The slug is derived, not translated.
    expect(units.some((u) => u.field === 'slug')).toBe(false)
    expect(units.find((u) => u.key === 'body#5')?.path).toEqual([
      'body',
      'root',
      'children',
      3,
      'fields',
      'items',
      1,
      'text',
    ])
  })

  it('fingerprint the meaning: whitespace is no change, a changed word or link is', () => {
    expect(fingerprint('a  b\n')).toBe(fingerprint('a b'))
    expect(fingerprint('a b')).not.toBe(fingerprint('a c'))
    expect(fingerprint('a', ['https://x.example'])).not.toBe(
      fingerprint('a', ['https://y.example']),
    )
  })

  it("key a shared list's localized text by the row id and a localized list by position", () => {
    const units = translationUnits(Channels.fields, {
      name: '官网',
      steps: [{ text: '登录' }, { text: '支付' }],
      facts: [{ id: 'r1', kind: 'app', text: '有应用' }],
    })
    expect(units.map((u) => u.key)).toEqual(
      expect.arrayContaining(['name', 'steps#0', 'steps#1', 'facts.r1.text']),
    )
  })
})
