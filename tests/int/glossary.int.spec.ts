import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { glossaryCheck, glossaryHints } from '../../src/glossary/check'
import { loadConcepts } from '../../src/glossary/concepts'
import { parseTbx } from '../../src/glossary/tbx'
import { parseXml } from '../../src/lib/parseXml'
import { exportTbx, importTbx } from '../../src/glossary/tbxTransfer'
import { seedGlossary } from '../../src/seed/glossaryFiles'
import { apiClient } from '../support/api'
import { createCarrier, createGuide } from '../support/content'
import { doc, h, p, steps } from '../support/lexical'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn } from '../support/staff'

/**
 * The glossary: the seeded terms, the terminology check of a translation (Russian stems,
 * English plurals, forbidden variants, absent terms, per unit), TBX out and in, and who may
 * read and write it.
 */
let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
const tokens = {} as Record<'editor' | 'ru' | 'en' | 'admin', string>
let guideId: number

const check = (locale: 'ru' | 'en') =>
  glossaryCheck(payload, { collection: 'guides', id: guideId, locale })

async function translate(locale: 'ru' | 'en', body: ReturnType<typeof doc>, title: string) {
  const { status, json } = await api.patch(
    `/guides/${guideId}?locale=${locale}&draft=true`,
    { title, body },
    locale === 'ru' ? tokens.ru : tokens.en,
  )
  return { status, json }
}

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  for (const slug of ['beeline', 'kcell', 'tele2', 'kazakhtelecom'])
    await createCarrier(payload, { name: slug, slug })
  await createStaff(payload, 'admin@glossary.test', 'admin')
  await createStaff(payload, 'editor@glossary.test', 'editor')
  await createStaff(payload, 'ru@glossary.test', 'translator')
  await createStaff(payload, 'en@glossary.test', 'translator', { editableLocales: ['en'] })
  tokens.admin = await signIn('admin@glossary.test')
  tokens.editor = await signIn('editor@glossary.test')
  tokens.ru = await signIn('ru@glossary.test')
  tokens.en = await signIn('en@glossary.test')
  expect(await seedGlossary(payload)).toBeGreaterThanOrEqual(10)
  const guide = await createGuide(payload, {
    title: '远游卡续费指南',
    slug: 'yuanyouka-xufei',
    body: doc(
      p('远游卡到期前，可以去营业厅续费。'),
      h('h2', '在 Beeline 营业厅'),
      steps(['带上护照和远游卡。', '向工作人员说明要续费。']),
    ),
    _status: 'published',
  })
  guideId = guide.id
})
afterAll(async () => {
  await closePayload(payload)
})

describe('the seeded glossary', () => {
  it('holds the article’s terms with their renderings', async () => {
    const concepts = await loadConcepts(payload)
    const touristSim = concepts.find((c) => c.key === 'tourist-sim')
    expect(touristSim?.terms.zh?.preferred).toBe('远游卡')
    expect(touristSim?.terms.ru?.preferred).toBe('туристическая SIM-карта')
    expect(concepts.find((c) => c.key === 'carrier-store')?.terms.ru?.preferred).toBe('салон связи')
    expect(concepts.find((c) => c.key === 'beeline')).toMatchObject({
      carrier: 'beeline',
      terms: { ru: { preferred: 'Билайн' } },
    })
    // Seeding again adds nothing and keeps an editor's change.
    await payload.update({
      collection: 'glossary',
      where: { key: { equals: 'balance' } },
      data: { note: 'An editor’s note.' },
    })
    expect(await seedGlossary(payload)).toBe(0)
    expect((await loadConcepts(payload)).find((c) => c.key === 'balance')?.note).toBe(
      'An editor’s note.',
    )
  })
})

describe('hints while translating', () => {
  it('lists the source terms found in the zh text, with the target rendering and where', async () => {
    const hints = await glossaryHints(payload, { collection: 'guides', id: guideId, locale: 'ru' })
    const byConcept = Object.fromEntries(hints.map((h) => [h.concept, h]))
    expect(byConcept['tourist-sim']).toMatchObject({
      source: '远游卡',
      preferred: 'туристическая SIM-карта',
      forbidden: ['симка'],
    })
    expect(byConcept['tourist-sim'].units.map((u) => u.key)).toEqual(['title', 'body#0', 'body#2'])
    expect(byConcept['carrier-store'].units.map((u) => u.key)).toEqual(['body#0', 'body#1'])
    expect(byConcept.beeline.preferred).toBe('Билайн')
    expect(byConcept['top-up']).toBeUndefined()
  })
})

describe('the check of a translation', () => {
  it('counts inflected Russian forms of the preferred term, and flags a forbidden variant', async () => {
    const saved = await translate(
      'ru',
      doc(
        p('До окончания срока туристической SIM-карты продлите её в салоне связи.'),
        h('h2', 'В салоне связи Билайн'),
        steps(['Возьмите паспорт и симку.', 'Скажите, что хотите продление.']),
      ),
      'Продление туристической SIM-карты',
    )
    // A warning, not a block: the save itself succeeds.
    expect(saved.status).toBe(200)
    const { problems } = await check('ru')
    expect(problems.filter((p) => p.kind === 'missing')).toEqual([
      expect.objectContaining({ concept: 'tourist-sim', unit: 'body#2', term: '远游卡' }),
    ])
    expect(problems.filter((p) => p.kind === 'forbidden')).toEqual([
      expect.objectContaining({
        concept: 'tourist-sim',
        term: 'симка',
        unit: 'body#2',
        preferred: 'туристическая SIM-карта',
      }),
    ])
  })

  it('flags a source term whose preferred rendering is absent, per unit', async () => {
    const saved = await translate(
      'ru',
      doc(
        p('До окончания срока туристической SIM-карты продлите её в магазине.'),
        h('h2', 'В салоне Beeline'),
        steps(['Возьмите паспорт и туристическую SIM-карту.', 'Скажите, что нужно продление.']),
      ),
      'Продление туристической SIM-карты',
    )
    expect(saved.status).toBe(200)
    const missing = (await check('ru')).problems.filter((p) => p.kind === 'missing')
    expect(missing.map((p) => `${p.concept}@${p.unit}`).sort()).toEqual([
      'carrier-store@body#0',
      'carrier-store@body#1',
    ])
    // "Beeline" is an admitted Russian rendering of Билайн: not flagged.
  })

  it('counts English plurals and stems', async () => {
    const saved = await translate(
      'en',
      doc(
        p('Renew tourist SIMs at carrier stores before they expire.'),
        h('h2', 'At a Beeline carrier store'),
        steps(['Bring your passport and the tourist SIM.', 'Ask for a renewal.']),
      ),
      'Renewing tourist SIMs',
    )
    expect(saved.status).toBe(200)
    expect((await check('en')).problems).toEqual([])
  })

  it('is an API for staff: a translator only in their own locales, nobody else', async () => {
    const path = `/glossary/check?collection=guides&id=${guideId}&locale=ru`
    const asTranslator = await api.get(path, tokens.ru)
    expect(asTranslator.status).toBe(200)
    expect(
      (asTranslator.json as { problems: { concept: string }[] }).problems.map((p) => p.concept),
    ).toContain('carrier-store')
    expect((await api.get(path, tokens.editor)).status).toBe(200)
    expect((await api.get(path, tokens.en)).status).toBe(403)
    expect((await api.get(path)).status).toBe(401)
    for (const bad of [
      '/glossary/check?collection=users&id=1&locale=ru',
      `/glossary/check?collection=guides&id=${guideId}&locale=zh`,
      '/glossary/check?collection=guides&id=abc&locale=ru',
      '/glossary/check?collection=guides&id=99999999999&locale=ru',
    ]) {
      const { status, json } = await api.get(bad, tokens.editor)
      expect(status, bad).toBe(400)
      expect((json as { errors: { message: string }[] }).errors[0].message).toBeTruthy()
    }
    expect(
      (await api.get('/glossary/check?collection=guides&id=999999&locale=ru', tokens.editor))
        .status,
    ).toBe(404)
  })
})

describe('TBX', () => {
  it('exports well-formed TBX-Basic: a termEntry per concept, a langSet per language, statuses', async () => {
    const tbx = await exportTbx(payload)
    expect(parseXml(tbx).errors).toEqual([])
    expect(tbx).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<martif type="TBX-Basic" xml:lang="zh">/,
    )
    const entry = /<termEntry id="tourist-sim">[\s\S]*?<\/termEntry>/.exec(tbx)?.[0] ?? ''
    expect(entry).toContain('<langSet xml:lang="ru">')
    expect(entry).toMatch(
      /<tig>\s*<term>туристическая SIM-карта<\/term>\s*<termNote type="administrativeStatus">preferredTerm-admn-sts<\/termNote>\s*<\/tig>/,
    )
    expect(entry).toMatch(
      /<term>симка<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>/,
    )
    const concepts = await loadConcepts(payload)
    expect((tbx.match(/<termEntry /g) ?? []).length).toBe(concepts.length)
    expect(parseTbx(tbx)).toEqual({ concepts, problems: [] })
  })

  it('round-trips: export, wipe, import, export gives the same file', async () => {
    const before = await exportTbx(payload)
    await payload.delete({ collection: 'glossary', where: { id: { exists: true } } })
    expect((await payload.count({ collection: 'glossary' })).totalDocs).toBe(0)
    const result = await importTbx(payload, before)
    expect(result).toMatchObject({ ok: true, updated: 0 })
    expect(await exportTbx(payload)).toBe(before)
    // Importing the same file again updates each concept and changes nothing.
    expect(await importTbx(payload, before)).toMatchObject({ ok: true, created: 0 })
    expect(await exportTbx(payload)).toBe(before)
  })

  it('refuses a bad file whole, listing every problem, and writes nothing', async () => {
    const before = await exportTbx(payload)
    const bad = before
      // A new concept that would be fine on its own…
      .replace(
        '<termEntry id="tourist-sim">',
        '<termEntry id="e-sim"><langSet xml:lang="zh"><tig><term>新词</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet></termEntry><termEntry id="tourist-sim">',
      )
      // …a second preferred term, an unknown language, a carrier that does not exist.
      .replace(
        /(<termEntry id="tourist-sim">[\s\S]*?)admittedTerm-admn-sts/,
        '$1preferredTerm-admn-sts',
      )
      .replace('<langSet xml:lang="en">', '<langSet xml:lang="de">')
      .replace('target="carriers/kcell"', 'target="carriers/nope"')
    const result = await importTbx(payload, bad)
    expect(result.ok).toBe(false)
    const problems = result.ok ? [] : result.problems
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entry: 'tourist-sim',
          message: expect.stringMatching(/exactly one preferred/),
        }),
        expect.objectContaining({ entry: 'altel', message: expect.stringMatching(/"de"/) }),
        expect.objectContaining({ entry: 'kcell', message: expect.stringMatching(/nope/) }),
      ]),
    )
    expect(await exportTbx(payload)).toBe(before)
    expect(
      (await payload.count({ collection: 'glossary', where: { key: { equals: 'e-sim' } } }))
        .totalDocs,
    ).toBe(0)

    const notXml = await importTbx(payload, '<martif type="TBX-Basic"><text><body>')
    expect(notXml).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/well-formed/) }],
    })
    const entities = await importTbx(
      payload,
      '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "aaaa">]><martif type="TBX-Basic"><text><body/></text></martif>',
    )
    expect(entities.ok).toBe(false)
  })

  it('over REST: staff export, editors import, a refused file is a 400 listing problems', async () => {
    const rest = async (method: 'GET' | 'POST', token?: string, body?: string) => {
      const headers = new Headers({ 'content-type': 'application/xml' })
      if (token) headers.set('authorization', `JWT ${token}`)
      const response = await api.rest(
        new Request('http://localhost/api/glossary/tbx', { method, headers, body }),
      )
      return { status: response.status, text: await response.text() }
    }
    const exported = await rest('GET', tokens.ru)
    expect(exported.status).toBe(200)
    expect(exported.text).toBe(await exportTbx(payload))
    expect((await rest('GET')).status).toBe(401)
    expect((await rest('POST', tokens.ru, exported.text)).status).toBe(403)
    expect((await rest('POST', undefined, exported.text)).status).toBe(401)
    const imported = await rest('POST', tokens.editor, exported.text)
    expect(imported.status).toBe(200)
    expect(JSON.parse(imported.text)).toMatchObject({ created: 0 })
    const refused = await rest(
      'POST',
      tokens.editor,
      exported.text.replace('<term>远游卡</term>', '<term></term>'),
    )
    expect(refused.status).toBe(400)
    expect(JSON.parse(refused.text).errors[0].message).toMatch(/tourist-sim/)
  })
})

describe('access to the glossary', () => {
  it('is not public: anonymous REST and GraphQL read nothing', async () => {
    expect((await api.get('/glossary')).status).toBe(403)
    const { json } = await api.graphql('{ Glossaries { totalDocs docs { key } } }')
    expect((json as { data?: { Glossaries: unknown } }).data?.Glossaries ?? null).toBeNull()
    expect(JSON.stringify(json)).not.toContain('tourist-sim')
  })

  it('staff read; translators may not write, editors may', async () => {
    const list = await api.get('/glossary?limit=100', tokens.ru)
    expect(list.status).toBe(200)
    expect((list.json as { totalDocs: number }).totalDocs).toBeGreaterThanOrEqual(10)
    const id = (list.json as { docs: { id: number; key: string }[] }).docs.find(
      (d) => d.key === 'tourist-sim',
    )!.id
    const write = { ru: { preferred: 'сим-карта туриста', admitted: [], forbidden: ['симка'] } }
    expect((await api.patch(`/glossary/${id}`, write, tokens.ru)).status).toBe(403)
    expect(
      (await api.post('/glossary', { key: 'x', zh: { preferred: '新' } }, tokens.ru)).status,
    ).toBe(403)
    const gql = await api.graphql(
      `mutation { updateGlossary(id: ${id}, data: { note: "changed", zh: { preferred: "远游卡" } }) { id } }`,
      tokens.ru,
    )
    expect(JSON.stringify(gql.json)).toMatch(/not allowed|Forbidden/i)
    const byEditor = await api.patch(
      `/glossary/${id}`,
      { note: 'Edited by an editor.' },
      tokens.editor,
    )
    expect(byEditor.status).toBe(200)
    // A concept the importer would refuse is refused from the API too.
    const bad = await api.patch(
      `/glossary/${id}`,
      { ru: { preferred: 'симка', forbidden: ['симка'] } },
      tokens.editor,
    )
    expect(bad.status).toBe(400)
  })
})
