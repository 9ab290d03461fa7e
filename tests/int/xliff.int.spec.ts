import { DOMParser, XMLSerializer, type Element, type Node } from '@xmldom/xmldom'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicCollectionSlugs } from '../../src/content/publicCollections'
import type { User } from '../../src/payload-types'
import { seed } from '../../src/seed/seed'
import { commandLineKey } from '../../src/translation/xliff/commandLineKey'
import { exportXliff } from '../../src/translation/xliff/exportXliff'
import { importXliff } from '../../src/translation/xliff/importXliff'
import { readXliff } from '../../src/translation/xliff/readXliff'
import { xliffVersions, type XliffVersion } from '../../src/translation/xliff/xliffFile'
import { bootPayload, closePayload } from '../support/payload'
import { apiClient } from '../support/api'
import { createGuide } from '../support/content'
import { doc as richText, p } from '../support/lexical'
import { createStaff, signIn } from '../support/staff'
import { xliffSchemaErrors } from '../support/xliffSchema'

/**
 * XLIFF round trips on the seeded content: exports valid against the OASIS schemas, an
 * unmodified export imports as no change at all, translated targets are written exactly, and a
 * tampered file or a translator's file for another locale is refused whole with every problem.
 */
let payload: Payload
let translatorRu: User
let translatorEn: User

/** Every public document in every locale, drafts included, and how many versions each has. */
async function snapshot() {
  const out: Record<string, unknown> = {}
  for (const collection of publicCollectionSlugs) {
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'id',
    })
    out[collection] = docs
    if (payload.collections[collection].config.versions) {
      out[`${collection} versions`] = (await payload.countVersions({ collection })).totalDocs
    }
  }
  return JSON.stringify(out)
}

const ns: Record<XliffVersion, string> = {
  '1.2': 'urn:oasis:names:tc:xliff:document:1.2',
  '2.0': 'urn:oasis:names:tc:xliff:document:2.0',
}

function textNodes(node: Node): Node[] {
  return Array.from(node.childNodes ?? []).flatMap((child) =>
    child.nodeType === 3 ? [child] : child.nodeType === 1 ? textNodes(child) : [],
  )
}

/**
 * What a CAT tool does: every unit's target becomes its source, codes and all, with `edit`
 * applied to each piece of text (`filter` chooses the units by id).
 */
function translate(
  xml: string,
  version: XliffVersion,
  edit: (text: string) => string,
  filter: (id: string) => boolean = () => true,
) {
  const document = new DOMParser().parseFromString(xml, 'text/xml')
  const sources = Array.from(document.getElementsByTagNameNS(ns[version], 'source'))
  for (const source of sources) {
    const unit = (version === '1.2' ? source.parentNode : source.parentNode?.parentNode) as Element
    const id = unit.getAttribute(version === '1.2' ? 'id' : 'name') ?? ''
    if (!filter(id)) continue
    const parent = source.parentNode as Element
    const old = Array.from(parent.childNodes).find(
      (n) => n.nodeType === 1 && (n as Element).localName === 'target',
    )
    const target = document.createElementNS(ns[version], 'target')
    for (const child of Array.from(source.childNodes)) target.appendChild(child.cloneNode(true))
    for (const text of textNodes(target)) text.nodeValue = edit(text.nodeValue ?? '')
    if (old) parent.replaceChild(target, old)
    else parent.insertBefore(target, source.nextSibling)
  }
  return new XMLSerializer().serializeToString(document)
}

beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload, { log: () => undefined })
  translatorRu = (await createStaff(payload, 'ru@xliff.test', 'translator')) as User
  translatorEn = (await createStaff(payload, 'en@xliff.test', 'translator', {
    editableLocales: ['en'],
  })) as User
})
afterAll(async () => {
  await closePayload(payload)
})

describe.each(xliffVersions)('XLIFF %s', (version) => {
  it('exports every seeded document valid against the OASIS schema, one unit per translation unit', async () => {
    let seeded = 0
    for (const collection of publicCollectionSlugs) {
      seeded += (await payload.count({ collection })).totalDocs
    }
    for (const locale of ['ru', 'en'] as const) {
      const { xml, documents, units } = await exportXliff(payload, { locale, version })
      expect(documents).toBe(seeded)
      expect(units).toBeGreaterThan(100)
      expect(await xliffSchemaErrors(xml, version)).toEqual([])
      const read = readXliff(xml)
      expect(read.problems).toEqual([])
      expect(read.file?.units).toHaveLength(units)
      expect(read.file?.targetLanguage).toBe(locale)
    }
  })

  it('imports an unmodified export of everything as no change at all', async () => {
    const before = await snapshot()
    for (const locale of ['ru', 'en'] as const) {
      const { xml } = await exportXliff(payload, { locale, version })
      const report = await importXliff(payload, xml)
      expect(report.problems).toEqual([])
      expect(report.ok).toBe(true)
      expect(report.written).toEqual([])
      expect(report.unchangedUnits).toBeGreaterThan(100)
    }
    expect(await snapshot()).toBe(before)
  })
})

/** The guide whose zh body has the most inline codes (links, bold), and its id. */
async function guideWithCodes() {
  const { docs } = await payload.find({ collection: 'guides', locale: 'zh', depth: 0, limit: 0 })
  const counted = await Promise.all(
    docs.map(async (doc) => {
      const { xml } = await exportXliff(payload, {
        locale: 'ru',
        version: '1.2',
        collection: 'guides',
        id: doc.id,
      })
      return { id: doc.id, xml, codes: (xml.match(/<g /g) ?? []).length / 2 }
    }),
  )
  return counted.sort((a, b) => b.codes - a.codes)[0]
}

/** Links in rich text (url or linked document), in order. */
function links(node: unknown): string[] {
  if (!node || typeof node !== 'object') return []
  const n = node as {
    type?: string
    fields?: { url?: string; doc?: unknown }
    children?: unknown[]
  }
  const own =
    n.type === 'link' || n.type === 'autolink'
      ? [JSON.stringify([n.fields?.url ?? null, n.fields?.doc ?? null])]
      : []
  return [...own, ...(n.children ?? []).flatMap(links)]
}

describe.each(xliffVersions)('importing translated XLIFF %s', (version) => {
  it('writes exactly the targets, in the file’s locale only, keeping every link and step of the source', async () => {
    const { id } = await guideWithCodes()
    const mark = `⟦${version}⟧ `
    const read = (locale: 'zh' | 'ru' | 'en') =>
      payload.findByID({
        collection: 'guides',
        id,
        locale,
        fallbackLocale: false,
        draft: true,
        depth: 0,
      })
    const [zhBefore, enBefore] = [await read('zh'), await read('en')]
    const { xml } = await exportXliff(payload, { locale: 'ru', version, collection: 'guides', id })
    const translated = translate(xml, version, (text) => (text.trim() ? mark + text : text))
    const report = await importXliff(payload, translated, { user: translatorRu })
    expect(report.problems).toEqual([])
    expect(report.written).toEqual([
      expect.objectContaining({ collection: 'guides', id, mode: 'published' }),
    ])

    // Exported again, every unit's target is the source with the translator's text.
    const again = readXliff(
      (await exportXliff(payload, { locale: 'ru', version, collection: 'guides', id })).xml,
    ).file!
    for (const unit of again.units) {
      expect(unit.target, unit.id).toBeDefined()
      const expected = readXliff(
        translate(xml, version, (t) => (t.trim() ? mark + t : t)),
      ).file!.units.find((u) => u.id === unit.id)!.target
      expect(JSON.stringify(unit.target), unit.id).toBe(JSON.stringify(expected))
    }
    const ru = await read('ru')
    expect(ru.title.startsWith(mark)).toBe(true)
    expect(links(ru.body?.root)).toEqual(links(zhBefore.body?.root))
    expect(links(ru.body?.root).length).toBeGreaterThan(0)
    // Other locales untouched; ru is public at once.
    const text = ({ title, slug, summary, body, meta }: typeof zhBefore) => ({
      title,
      slug,
      summary,
      body,
      meta,
    })
    expect(text(await read('zh'))).toEqual(text(zhBefore))
    expect(text(await read('en'))).toEqual(text(enBefore))
    const published = await payload.find({
      collection: 'guides',
      locale: 'ru',
      where: { id: { equals: id } },
      overrideAccess: false,
      depth: 0,
    })
    expect(published.docs[0]?.title.startsWith(mark)).toBe(true)
  })
})

describe('a bad file', () => {
  it('is refused whole, every problem listed with its unit id, nothing changed', async () => {
    const { xml, id } = await guideWithCodes()
    const document = new DOMParser().parseFromString(
      translate(xml, '1.2', (t) => t),
      'text/xml',
    )
    const units = Array.from(document.getElementsByTagNameNS(ns['1.2'], 'trans-unit'))
    const withCodes = units.filter((u) => u.getElementsByTagNameNS(ns['1.2'], 'g').length > 0)
    expect(withCodes.length).toBeGreaterThanOrEqual(2)
    const target = (unit: Element) => unit.getElementsByTagNameNS(ns['1.2'], 'target')[0]
    const source = (unit: Element) => unit.getElementsByTagNameNS(ns['1.2'], 'source')[0]
    // A broken code: an id the source does not have.
    const broken = withCodes[0]
    target(broken).getElementsByTagNameNS(ns['1.2'], 'g')[0].setAttribute('id', '99')
    // A removed code: its text kept, the code gone.
    const removed = withCodes[1]
    const g = target(removed).getElementsByTagNameNS(ns['1.2'], 'g')[0]
    while (g.firstChild) g.parentNode!.insertBefore(g.firstChild, g)
    g.parentNode!.removeChild(g)
    // A changed source.
    const changed = units.find((u) => u.getAttribute('resname') === 'title')!
    source(changed).appendChild(document.createTextNode(' (edited)'))
    // An unknown unit, and a unit of a document that does not exist.
    const unknown = units[units.length - 1].cloneNode(true) as Element
    unknown.setAttribute('id', `guides/${id}/body#999`)
    units[0].parentNode!.appendChild(unknown)
    const missing = units[units.length - 1].cloneNode(true) as Element
    missing.setAttribute('id', 'guides/999999/title')
    units[0].parentNode!.appendChild(missing)
    // And one good change, which must not be written either.
    for (const text of textNodes(target(units[1]))) text.nodeValue = 'changed'

    const before = await snapshot()
    const report = await importXliff(payload, new XMLSerializer().serializeToString(document))
    expect(report.ok).toBe(false)
    const problems = report.problems.map((p) => `${p.unit} ${p.message}`)
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(`^${broken.getAttribute('id')} inline code 99 is not in the source`),
        ),
        expect.stringMatching(
          new RegExp(`^${broken.getAttribute('id')} inline code 1 of the source is missing`),
        ),
        expect.stringMatching(
          new RegExp(`^${removed.getAttribute('id')} inline code \\d+ of the source is missing`),
        ),
        expect.stringMatching(
          new RegExp(`^guides/${id}/title the source changed since the export`),
        ),
        `guides/${id}/body#999 unknown unit: the document has no such text in zh now`,
        'guides/999999/title no such document',
      ]),
    )
    expect(await snapshot()).toBe(before)
  })

  it('is refused when it is not well-formed XML, not XLIFF, or for a locale we do not translate into', async () => {
    const { xml } = await guideWithCodes()
    const before = await snapshot()
    const malformed = await importXliff(payload, xml.replace('</source>', '</sourc>'))
    expect(malformed.ok).toBe(false)
    expect(malformed.problems[0].message).toMatch(/^malformed XML/)
    const notXliff = await importXliff(payload, '<?xml version="1.0"?><html/>')
    expect(notXliff.problems[0].message).toMatch(/not an XLIFF 1\.2 or 2\.0 file/)
    const german = await importXliff(
      payload,
      xml.replace(/target-language="ru"/g, 'target-language="de"'),
    )
    expect(german.problems).toEqual([
      { message: 'the target language "de" is not one we translate into (ru, en)' },
    ])
    expect(await snapshot()).toBe(before)
  })

  it('is refused from a translator into a locale that is not theirs', async () => {
    const { xml } = await guideWithCodes()
    const before = await snapshot()
    const translated = translate(xml, '1.2', (t) => (t.trim() ? `EN ${t}` : t))
    const report = await importXliff(payload, translated, { user: translatorEn })
    expect(report.ok).toBe(false)
    expect(report.problems).toEqual([
      { message: 'en@xliff.test translates into en, not ru: the file is refused' },
    ])
    expect(await snapshot()).toBe(before)
  })
})

describe('the REST endpoints', () => {
  const call = async (method: 'GET' | 'POST', path: string, token?: string, body?: string) => {
    const { rest } = await apiClient()
    const headers = new Headers({ 'content-type': 'application/xliff+xml' })
    if (token) headers.set('authorization', `JWT ${token}`)
    const response = await rest(
      new Request(`http://localhost/api${path}`, { method, headers, body }),
    )
    const text = await response.text()
    return { status: response.status, text, type: response.headers.get('content-type') }
  }

  it('export and import for staff only: anonymous callers get a 403 and nothing else', async () => {
    const { xml } = await guideWithCodes()
    expect((await call('GET', '/xliff/export?locale=ru')).status).toBe(403)
    const before = await snapshot()
    const anonymous = await call('POST', '/xliff/import', undefined, xml)
    expect(anonymous.status).toBe(403)
    // A forged command-line key is no key.
    const { rest } = await apiClient()
    const forged = await rest(
      new Request('http://localhost/api/xliff/import', {
        method: 'POST',
        headers: { 'x-simatlas-xliff-key': 'f'.repeat(64) },
        body: translate(xml, '1.2', (t) => `X ${t}`),
      }),
    )
    expect(forged.status).toBe(403)
    // The right key counts from this machine only (the server sets the client address).
    const fromElsewhere = await rest(
      new Request('http://localhost/api/xliff/import', {
        method: 'POST',
        headers: {
          'x-simatlas-xliff-key': commandLineKey(payload.config.secret),
          'x-forwarded-for': '203.0.113.7',
        },
        body: translate(xml, '1.2', (t) => `X ${t}`),
      }),
    )
    expect(fromElsewhere.status).toBe(403)
    expect(await snapshot()).toBe(before)
    const fromHere = await rest(
      new Request('http://localhost/api/xliff/import', {
        method: 'POST',
        headers: {
          'x-simatlas-xliff-key': commandLineKey(payload.config.secret),
          'x-forwarded-for': '127.0.0.1',
        },
        body: 'not xml',
      }),
    )
    expect(fromHere.status).toBe(400)
  })

  it('exports as a download for a translator, any locale; bad parameters are a 400 listing each', async () => {
    const token = await signIn('ru@xliff.test')
    const ok = await call('GET', '/xliff/export?locale=en&collection=faqs&version=2.0', token)
    expect(ok.status).toBe(200)
    expect(ok.type).toMatch(/^application\/xliff\+xml/)
    expect(await xliffSchemaErrors(ok.text, '2.0')).toEqual([])
    const local = await exportXliff(payload, { locale: 'en', collection: 'faqs', version: '2.0' })
    expect(ok.text).toBe(local.xml)
    expect(local.xml).toContain('srcLang="zh" trgLang="en"')
    const bad = await call(
      'GET',
      '/xliff/export?locale=zh&version=3&collection=x&id=1.5&only=all',
      token,
    )
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.text).errors.map((e: { message: string }) => e.message)).toEqual([
      'locale must be ru or en (the target; zh is the source), not "zh"',
      'version must be 1.2 or 2.0, not "3"',
      'collection must be one of guides, faqs, carriers, channels, not "x"',
      'id must be a document id (a positive whole number), not "1.5"',
      'only takes missing, outdated, current (comma-separated), not "all"',
    ])
  })

  it('imports for a translator into their own locale only; malformed input is a 400, never a 500', async () => {
    const { xml, id } = await guideWithCodes()
    const enToken = await signIn('en@xliff.test')
    const before = await snapshot()
    const foreign = await call(
      'POST',
      '/xliff/import',
      enToken,
      translate(xml, '1.2', (t) => `E ${t}`),
    )
    expect(foreign.status).toBe(400)
    expect(JSON.parse(foreign.text).errors).toEqual([
      { message: 'en@xliff.test translates into en, not ru: the file is refused' },
    ])
    for (const body of ['', 'not xml at all', '<xliff version="1.2"><file></xliff>']) {
      const { status } = await call('POST', '/xliff/import', enToken, body)
      expect(status).toBe(400)
    }
    expect(await snapshot()).toBe(before)

    const ruToken = await signIn('ru@xliff.test')
    const own = await call(
      'POST',
      '/xliff/import',
      ruToken,
      translate(
        xml,
        '1.2',
        (t) => (t.trim() ? `REST ${t}` : t),
        (unitId) => unitId.endsWith('/title'),
      ),
    )
    expect(own.status).toBe(200)
    expect(JSON.parse(own.text).written).toEqual([
      { collection: 'guides', id, units: 1, mode: 'published' },
    ])
  })
  it('refuses elements nested thousands deep with a 400 (the reader walks the tree recursively: it was a 500)', async () => {
    const { xml } = await guideWithCodes()
    const token = await signIn('ru@xliff.test')
    const before = await snapshot()
    const open = '<g id="1">'.repeat(5000)
    const close = '</g>'.repeat(5000)
    const deep = await call(
      'POST',
      '/xliff/import',
      token,
      xml.replace('<source>', `<source>${open}x${close}`),
    )
    expect(deep.status).toBe(400)
    expect(JSON.parse(deep.text).errors).toEqual([
      { message: 'malformed XML: elements nested more than 100 deep' },
    ])
    expect(await snapshot()).toBe(before)
  })
})

describe('a document with no translation yet', () => {
  it('is exported alone with --only missing, units needing translation, and its import saves a ru draft with a slug made from the title', async () => {
    const guide = await createGuide(payload, {
      title: '新指南',
      slug: 'xin-zhinan',
      summary: '摘要',
      body: richText(p('第一段 **重点**'), p('第二段')),
    })
    const { xml, documents } = await exportXliff(payload, {
      locale: 'ru',
      version: '1.2',
      only: ['missing'],
    })
    expect(documents).toBe(1)
    expect(xml).toContain(`<file original="guides/${guide.id}"`)
    expect(xml).not.toContain('<target')
    expect(await xliffSchemaErrors(xml, '1.2')).toEqual([])

    // The translator translates the title and one paragraph only: the body is not written.
    const titles: Record<string, string> = {
      新指南: 'Новое руководство: Шымкент и Жезказган',
      摘要: 'Кратко',
      '第一段 ': 'Первый абзац ',
      重点: 'главное',
    }
    const partial = translate(
      xml,
      '1.2',
      (t) => titles[t] ?? t,
      (id) => !id.endsWith('body#1'),
    )
    const report = await importXliff(payload, partial, { user: translatorRu })
    expect(report.problems).toEqual([])
    expect(report.warnings).toEqual([
      {
        unit: `guides/${guide.id}/body`,
        message: 'not written: body#1 has no translation (in the file or in ru)',
      },
    ])
    // Never published: a draft of ru, for the translator and editors to review and publish.
    expect(report.written).toEqual([
      { collection: 'guides', id: guide.id, units: 3, mode: 'draft' },
    ])
    const ru = await payload.findByID({
      collection: 'guides',
      id: guide.id,
      locale: 'ru',
      fallbackLocale: false,
      draft: true,
      depth: 0,
    })
    expect(ru.title).toBe('Новое руководство: Шымкент и Жезказган')
    expect(ru.slug).toBe('novoe-rukovodstvo-shymkent-i-zhezkazgan')
    expect(ru.body ?? null).toBeNull()
  })
})

describe.each(['carriers', 'channels'] as const)(
  'translating %s (drafts, like guides)',
  (collection) => {
    it('publishes the translator’s texts in their locale, facts’ and list items included, and leaves the shared fields as they were', async () => {
      const { docs } = await payload.find({ collection, depth: 0, limit: 1, sort: 'id' })
      const id = docs[0].id
      const read = () =>
        payload.findByID({ collection, id, locale: 'all', depth: 0 }) as unknown as Promise<
          Record<string, unknown>
        >
      const before = await read()
      const { xml } = await exportXliff(payload, { locale: 'ru', version: '2.0', collection, id })
      const mark = (t: string) => (t.trim() ? `RU2 ${t}` : t)
      const report = await importXliff(payload, translate(xml, '2.0', mark), { user: translatorRu })
      expect(report.problems).toEqual([])
      // Carriers and channels have drafts since issue 11: a published one's locale is published.
      expect(report.written).toEqual([
        expect.objectContaining({ collection, id, mode: 'published' }),
      ])
      const again = readXliff(
        (await exportXliff(payload, { locale: 'ru', version: '2.0', collection, id })).xml,
      ).file!
      const expected = readXliff(translate(xml, '2.0', mark)).file!
      expect(again.units.map((u) => [u.id, u.target])).toEqual(
        expected.units.map((u) => [u.id, u.target]),
      )
      const after = await read()
      for (const [field, value] of Object.entries(before)) {
        if (field === 'updatedAt') continue
        const localized = value && typeof value === 'object' && 'zh' in (value as object)
        if (localized) {
          expect((after[field] as Record<string, unknown>).zh, field).toEqual(
            (value as Record<string, unknown>).zh,
          )
          expect((after[field] as Record<string, unknown>).en, field).toEqual(
            (value as Record<string, unknown>).en,
          )
        } else if (!Array.isArray(value)) {
          expect(after[field], field).toEqual(value)
        }
      }
    })
  },
)

describe('a published guide with an editor’s pending draft of shared fields', () => {
  it('is refused whole with the reason (publishing the locale would put that draft live), nothing changed', async () => {
    const { docs } = await payload.find({
      collection: 'guides',
      depth: 0,
      limit: 1,
      sort: '-id',
      where: { _status: { equals: 'published' } },
    })
    const guide = docs[0]
    const topic = guide.topic === 'renewal' ? 'expiry' : 'renewal'
    await payload.update({
      collection: 'guides',
      id: guide.id,
      draft: true,
      locale: 'zh',
      data: { topic },
    })
    const { xml } = await exportXliff(payload, {
      locale: 'ru',
      version: '1.2',
      collection: 'guides',
      id: guide.id,
    })
    const before = await snapshot()
    const report = await importXliff(
      payload,
      translate(
        xml,
        '1.2',
        (t) => (t.trim() ? `D ${t}` : t),
        (id) => id.endsWith('/title'),
      ),
      { user: translatorRu },
    )
    expect(report.ok).toBe(false)
    expect(report.problems).toEqual([
      { unit: `guides/${guide.id}`, message: expect.stringMatching(/topic/) },
    ])
    expect(await snapshot()).toBe(before)
  })
})

describe('a published guide with other locales’ pending drafts', () => {
  it('a translator’s import publishes their locale only: the en translator’s and the editor’s zh drafts stay drafts', async () => {
    const guide = await createGuide(payload, {
      title: '待定指南',
      slug: 'daiding-zhinan',
      summary: '摘要',
      body: richText(p('第一段')),
      _status: 'published',
    })
    await payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'ru',
      data: {
        title: 'Гид',
        slug: 'gid',
        summary: 'Итог',
        body: richText(p('Первый')),
        _status: 'published',
      },
      publishSpecificLocale: 'ru',
    })
    await payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'en',
      data: {
        title: 'Guide',
        slug: 'guide-pending',
        summary: 'Sum',
        body: richText(p('First')),
        _status: 'published',
      },
      publishSpecificLocale: 'en',
    })
    await payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'en',
      draft: true,
      data: { title: 'EN PENDING DRAFT' },
      user: translatorEn,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'zh',
      draft: true,
      data: { summary: '编辑的草稿' },
    })
    const { xml } = await exportXliff(payload, {
      locale: 'ru',
      version: '1.2',
      collection: 'guides',
      id: guide.id,
    })
    const report = await importXliff(
      payload,
      translate(
        xml,
        '1.2',
        (t) => (t.trim() ? `Импорт ${t}` : t),
        (id) => id.endsWith('/title'),
      ),
      { user: translatorRu },
    )
    expect(report.problems).toEqual([])
    expect(report.written).toEqual([
      { collection: 'guides', id: guide.id, units: 1, mode: 'published' },
    ])
    const published = (locale: 'zh' | 'ru' | 'en') =>
      payload.findByID({ collection: 'guides', id: guide.id, locale, fallbackLocale: false })
    expect((await published('ru')).title).toBe('Импорт 待定指南')
    expect((await published('en')).title).toBe('Guide')
    expect((await published('zh')).summary).toBe('摘要')
    const newest = await payload.findByID({
      collection: 'guides',
      id: guide.id,
      locale: 'all',
      draft: true,
    })
    expect(newest.title).toMatchObject({ en: 'EN PENDING DRAFT' })
    expect(newest.summary).toMatchObject({ zh: '编辑的草稿' })
  })
})
