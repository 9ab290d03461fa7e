import { describe, expect, it } from 'vitest'

import type { GlossaryConcept } from '../../src/glossary/locales'
import { conceptsToTbx, parseTbx } from '../../src/glossary/tbx'

const tbx = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><martif type="TBX-Basic" xml:lang="zh-CN"><text><body>${body}</body></text></martif>`
const preferred = (term: string) =>
  `<tig><term>${term}</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>`

describe('TBX', () => {
  it('writes what it reads, escaping text, the same bytes each time', () => {
    const concepts: GlossaryConcept[] = [
      {
        key: 'tourist-sim',
        note: 'Beeline & Kcell: "tourist" <SIM>',
        carrier: 'beeline',
        terms: {
          zh: { preferred: '远游卡', admitted: ['旅游卡'], forbidden: [] },
          ru: { preferred: 'туристическая SIM-карта', admitted: [], forbidden: ["it's"] },
          en: undefined,
        },
      },
    ]
    const file = conceptsToTbx(concepts)
    expect(file).toContain('<note>Beeline &amp; Kcell: "tourist" &lt;SIM&gt;</note>')
    expect(file).toContain(
      '<xref type="externalCrossReference" target="carriers/beeline">beeline</xref>',
    )
    expect(file.endsWith('</martif>\n')).toBe(true)
    expect(parseTbx(file)).toEqual({ concepts, problems: [] })
    expect(conceptsToTbx(parseTbx(file).concepts)).toBe(file)
  })

  it("reads other tools' files: zh-CN as zh, a term without a status as admitted, superseded as forbidden", () => {
    const { concepts, problems } = parseTbx(
      tbx(
        `<termEntry id="e-sim"><langSet xml:lang="zh-CN">${preferred('电子卡')}` +
          '<tig><term> eSIM </term></tig>' +
          '<tig><term>虚拟卡</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>' +
          `</langSet><langSet xml:lang="en-US">${preferred('eSIM card')}</langSet></termEntry>`,
      ),
    )
    expect(problems).toEqual([])
    expect(concepts).toEqual([
      {
        key: 'e-sim',
        terms: {
          zh: { preferred: '电子卡', admitted: ['eSIM'], forbidden: ['虚拟卡'] },
          ru: undefined,
          en: { preferred: 'eSIM card', admitted: [], forbidden: [] },
        },
      },
    ])
  })

  it('lists every problem in a file, with its termEntry', () => {
    const { problems } = parseTbx(
      tbx(
        `<termEntry><langSet xml:lang="zh">${preferred('甲')}</langSet></termEntry>` +
          `<termEntry id="b"><ntig/><langSet xml:lang="de">${preferred('x')}</langSet>` +
          `<langSet xml:lang="zh"><tig><term>乙</term><termNote type="administrativeStatus">madeUp</termNote></tig></langSet></termEntry>`,
      ),
    )
    expect(problems).toEqual(
      expect.arrayContaining([
        { entry: '#1', message: 'the termEntry has no id' },
        { entry: 'b', message: '<ntig> is not TBX-Basic; use <tig>' },
        { entry: 'b', message: 'the language "de" is not zh, ru or en' },
        { entry: 'b', message: 'zh: "乙" has the unknown status "madeUp"' },
        { entry: 'b', message: 'zh: needs exactly one preferred term (found 0)' },
      ]),
    )
  })

  it('refuses entity declarations, malformed XML and other roots', () => {
    const refused = (xml: string) => parseTbx(xml).problems.map((p) => p.message)
    expect(
      refused(
        '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "aaaa">]><martif type="TBX-Basic"><text><body>&a;</body></text></martif>',
      ),
    ).toEqual(['The file declares XML entities, which are not accepted.'])
    expect(refused('<martif type="TBX-Basic"><text><body>')).toEqual([
      expect.stringMatching(/^Not well-formed XML: /),
    ])
    expect(refused('')).toEqual([expect.stringMatching(/^Not well-formed XML: /)])
    expect(refused('<xliff/>')).toEqual(['The root element is not <martif> (TBX).'])
    expect(refused('<martif type="TBX"/>')).toEqual([
      '<martif type="TBX"> is not TBX-Basic.',
      'There is no <text><body>.',
    ])
  })
})
