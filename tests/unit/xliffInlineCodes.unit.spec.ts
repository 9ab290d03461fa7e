import { describe, expect, it } from 'vitest'

import {
  codeProblems,
  decodeBlock,
  encodeBlock,
  encodeTargetWithSourceCodes,
} from '../../src/translation/xliff/inlineCodes'
import { readXliff } from '../../src/translation/xliff/readXliff'

const text = (t: string, format = 0) => ({
  type: 'text',
  text: t,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})
const link = {
  type: 'link',
  version: 3,
  id: 'abc',
  fields: { linkType: 'custom', url: '/zh/carriers/kcell', newTab: false },
}

/** A zh paragraph: plain text, bold, a link with a bold word inside, a line break. */
const paragraph = {
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  children: [
    text('见 '),
    text('重要', 1),
    { ...link, children: [text('运营商'), text('页面', 1)] },
    { type: 'linebreak', version: 1 },
    text('结束'),
  ],
}

describe('inline codes of a rich-text block', () => {
  it('numbers formats, links and breaks in reading order and keeps their data out of the content', () => {
    const { content, codes } = encodeBlock(paragraph)
    expect(content).toEqual([
      '见 ',
      { code: '1', children: ['重要'] },
      { code: '2', children: ['运营商', { code: '3', children: ['页面'] }] },
      { code: '4' },
      '结束',
    ])
    expect(codes.map((c) => [c.id, c.kind, c.hint])).toEqual([
      ['1', 'paired', 'bold'],
      ['2', 'paired', 'link'],
      ['3', 'paired', 'bold'],
      ['4', 'standalone', 'linebreak'],
    ])
    expect(JSON.stringify(content)).not.toContain('kcell')
  })

  it('rebuilds the block from the source with the translator’s words, codes moved but not changed', () => {
    const { codes } = encodeBlock(paragraph)
    const translated = [
      { code: '2', children: ['Страница ', { code: '3', children: ['оператора'] }] },
      ' — ',
      { code: '1', children: ['важно'] },
      { code: '4' },
      'Конец',
    ]
    expect(codeProblems(translated, codes)).toEqual([])
    const block = decodeBlock(paragraph, translated, codes)
    expect(block.type).toBe('paragraph')
    expect(block.children).toEqual([
      { ...link, children: [text('Страница '), text('оператора', 1)] },
      text(' — '),
      text('важно', 1),
      { type: 'linebreak', version: 1 },
      text('Конец'),
    ])
    // And it encodes back to what the translator wrote.
    expect(encodeTargetWithSourceCodes(block, codes)).toEqual(translated)
  })

  it('names every broken, missing, unknown, repeated or misplaced code', () => {
    const { codes } = encodeBlock(paragraph)
    expect(
      codeProblems(
        [
          { code: '2', children: [{ code: '2', children: ['x'] }] },
          { code: '9', children: ['y'] },
          { code: '1' },
        ],
        codes,
      ),
    ).toEqual([
      'inline code 2 (a link) is inside another link',
      'inline code 9 is not in the source',
      'inline code 1 must be a paired code around text',
      'inline code 2 is used 2 times (once only)',
      'inline code 3 of the source is missing',
      'inline code 4 of the source is missing',
    ])
  })

  it('keeps a list item’s nested list when the item is rebuilt', () => {
    const nested = {
      type: 'list',
      listType: 'bullet',
      children: [{ type: 'listitem', children: [text('子项')] }],
    }
    const item = { type: 'listitem', value: 1, children: [text('父项'), nested] }
    const { content, codes } = encodeBlock(item)
    expect(content).toEqual(['父项'])
    expect(decodeBlock(item, ['Пункт'], codes).children).toEqual([text('Пункт'), nested])
  })
})

describe('reading XLIFF', () => {
  it('joins a 2.0 unit a CAT tool split into segments, and unwraps its markers', () => {
    const { file, problems } = readXliff(`<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="ru">
  <file id="guides.1" original="guides/1"><unit id="body:0" name="guides/1/body#0">
    <segment><source>一。</source><target>Раз. </target></segment>
    <segment><source>二<pc id="1">粗</pc></source><target><mrk id="m1" type="comment" value="?">Два</mrk> <pc id="1">жирно</pc></target></segment>
  </unit></file>
</xliff>`)
    expect(problems).toEqual([])
    expect(file?.units).toEqual([
      {
        id: 'guides/1/body#0',
        source: ['一。', '二', { code: '1', children: ['粗'] }],
        target: ['Раз. ', 'Два', ' ', { code: '1', children: ['жирно'] }],
      },
    ])
  })

  it('refuses inline elements it cannot rebuild, naming the unit', () => {
    const { problems } =
      readXliff(`<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="guides/1" source-language="zh" target-language="ru" datatype="plaintext"><body>
    <trans-unit id="guides/1/title"><source>标题</source><target><bpt id="1">&lt;b&gt;</bpt>Заголовок</target></trans-unit>
  </body></file></xliff>`)
    expect(problems).toEqual([
      { unit: 'guides/1/title', message: 'unsupported inline element <bpt>' },
    ])
  })
})
