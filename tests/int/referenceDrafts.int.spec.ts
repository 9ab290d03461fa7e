import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Carrier, Channel } from '../../src/payload-types'
import { apiClient } from '../support/api'
import { createGuide } from '../support/content'
import { doc, p } from '../support/lexical'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn } from '../support/staff'

/**
 * Carriers and channels have drafts like guides (issue 11): a save is a draft until published,
 * and no draft reaches readers — REST, GraphQL, the Local API without override, the pages'
 * queries (the carriers table, a carrier's channels, a guide's related links), search and the
 * sitemap.
 */
let payload: Payload
// The app's modules, imported once the config sees the test database.
let readCarrier: typeof import('../../src/lib/queries/carriers').readCarrier
let readCarrierList: typeof import('../../src/lib/queries/carriers').readCarrierList
let readChannel: typeof import('../../src/lib/queries/channels').readChannel
let readGuide: typeof import('../../src/lib/queries/guides').readGuide
let searchContent: typeof import('../../src/lib/search/query').searchContent
let sitemapEntriesOf: typeof import('../../src/lib/sitemap/sitemapEntries').sitemapEntriesOf
let api: Awaited<ReturnType<typeof apiClient>>
const tokens: Record<'editor' | 'translator', string> = {} as never

const carrierData = (name: string, slug: string) => ({
  name,
  slug,
  description: `${name}的描述`,
  country: 'KZ',
  autoRenewal: 'unknown',
  status: 'active',
})
const channelData = (name: string, slug: string, carriers: number[]) => ({
  name,
  slug,
  summary: `${name}的摘要`,
  kinds: ['carrier-app'],
  verification: 'official',
  worksFromAbroad: 'yes',
  carriers,
})

/** Everything a reader could reach the document by, as names found in each. */
async function whatReadersSee(collection: 'carriers' | 'channels', id: number) {
  const rest = await api.get(`/${collection}/${id}?locale=zh`)
  const restDraft = await api.get(`/${collection}?locale=zh&draft=true&limit=100&depth=0`)
  expect(restDraft.status, JSON.stringify(restDraft.json)).toBe(200)
  const one = collection === 'carriers' ? 'Carrier' : 'Channel'
  const single = await api.graphql(`{ ${one}(id: ${id}, locale: zh, draft: true) { name } }`)
  const many = await api.graphql(
    `{ ${one}s(locale: zh, draft: true, limit: 100) { docs { id name } } }`,
  )
  expect(many.json.errors, JSON.stringify(many.json)).toBeUndefined()
  const local = await payload.find({
    collection,
    locale: 'zh',
    overrideAccess: false,
    draft: true,
    limit: 100,
  })
  return {
    rest: rest.status === 200 ? (rest.json as { name: string }).name : rest.status,
    restList: (restDraft.json.docs as { id: number; name: string }[])
      .filter((d) => d.id === id)
      .map((d) => d.name),
    graphql: single.json.data?.[one]?.name ?? null,
    graphqlList: (many.json.data[`${one}s`].docs as { id: number; name: string }[])
      .filter((d) => d.id === id)
      .map((d) => d.name),
    local: local.docs.filter((d) => d.id === id).map((d) => d.name),
  }
}

const searchNames = async (q: string) =>
  (await searchContent(payload, { locale: 'zh', q, limit: 50 })).hits.map((h) => h.title)

beforeAll(async () => {
  payload = await bootPayload()
  ;({ readCarrier, readCarrierList } = await import('../../src/lib/queries/carriers'))
  ;({ readChannel } = await import('../../src/lib/queries/channels'))
  ;({ readGuide } = await import('../../src/lib/queries/guides'))
  ;({ searchContent } = await import('../../src/lib/search/query'))
  ;({ sitemapEntriesOf } = await import('../../src/lib/sitemap/sitemapEntries'))
  api = await apiClient()
  await createStaff(payload, 'editor@reference.test', 'editor')
  await createStaff(payload, 'ru@reference.test', 'translator')
  tokens.editor = await signIn('editor@reference.test')
  tokens.translator = await signIn('ru@reference.test')
})
afterAll(async () => {
  await closePayload(payload)
})

describe('a new carrier saved as a draft', () => {
  it('reaches no reader until published, then every one', async () => {
    const created = await api.post(
      '/carriers?locale=zh&draft=true',
      carrierData('斑马电信', 'banma'),
      tokens.editor,
    )
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const id = (created.json.doc as Carrier).id
    expect(await whatReadersSee('carriers', id)).toEqual({
      rest: 404,
      restList: [],
      graphql: null,
      graphqlList: [],
      local: [],
    })
    expect((await readCarrierList(payload)).carriers.map((c) => c.id)).not.toContain(id)
    expect(await readCarrier(payload, id)).toBeNull()
    expect(await searchNames('斑马电信')).toEqual([])
    // Staff see the draft.
    expect((await api.get(`/carriers/${id}?locale=zh&draft=true`, tokens.editor)).status).toBe(200)

    const published = await api.patch(
      `/carriers/${id}?locale=zh`,
      { _status: 'published' },
      tokens.editor,
    )
    expect(published.status, JSON.stringify(published.json)).toBe(200)
    expect(await whatReadersSee('carriers', id)).toEqual({
      rest: '斑马电信',
      restList: ['斑马电信'],
      graphql: '斑马电信',
      graphqlList: ['斑马电信'],
      local: ['斑马电信'],
    })
    expect(await searchNames('斑马电信')).toContain('斑马电信')
    const entries = sitemapEntriesOf({ guides: [], ...(await readCarrierList(payload)) })
    expect(entries.map((e) => new URL(e.url).pathname)).toContain('/zh/carriers/banma')
  })
})

describe('a published carrier and channel with a pending draft', () => {
  it('show readers their published text everywhere: pages, related links, search, sitemap', async () => {
    const carrier = await api.post(
      '/carriers?locale=zh',
      { ...carrierData('骆驼移动', 'luotuo'), _status: 'published' },
      tokens.editor,
    )
    const carrierId = (carrier.json.doc as Carrier).id
    const channel = await api.post(
      '/channels?locale=zh',
      { ...channelData('骆驼官方应用', 'luotuo-app', [carrierId]), _status: 'published' },
      tokens.editor,
    )
    const channelId = (channel.json.doc as Channel).id
    const guide = await createGuide(payload, {
      title: '骆驼指南',
      slug: 'luotuo-zhinan',
      body: doc(p('正文')),
      relatedCarriers: [carrierId],
      relatedChannels: [channelId],
      _status: 'published',
    })

    for (const [collection, id, name] of [
      ['carriers', carrierId, '骆驼移动草稿'],
      ['channels', channelId, '骆驼应用草稿'],
    ] as const) {
      const draft = await api.patch(
        `/${collection}/${id}?locale=zh&draft=true`,
        { name, slug: `${collection}-draft-slug` },
        tokens.editor,
      )
      expect(draft.status, JSON.stringify(draft.json)).toBe(200)
    }
    expect(await whatReadersSee('carriers', carrierId)).toMatchObject({
      rest: '骆驼移动',
      restList: ['骆驼移动'],
      graphql: '骆驼移动',
      local: ['骆驼移动'],
    })
    expect(await whatReadersSee('channels', channelId)).toMatchObject({
      rest: '骆驼官方应用',
      graphql: '骆驼官方应用',
      local: ['骆驼官方应用'],
    })
    const page = (await readCarrier(payload, carrierId))!
    expect(page.carrier.name).toEqual(expect.objectContaining({ zh: '骆驼移动' }))
    expect(page.channels.map((c) => c.slug)).toEqual(['luotuo-app'])
    const channelPage = (await readChannel(payload, channelId))!
    expect(channelPage.slug).toBe('luotuo-app')
    const related = (await readGuide(payload, guide.id))!
    expect(
      (related.relatedCarriers as { slug: string }[]).map((c) => c.slug),
      'related carriers',
    ).toEqual(['luotuo'])
    expect((related.relatedChannels as { slug: string }[]).map((c) => c.slug)).toEqual([
      'luotuo-app',
    ])
    expect(await searchNames('草稿')).toEqual([])
    const { carriers, channels } = await readCarrierList(payload)
    expect(carriers.find((c) => c.id === carrierId)?.slug).toBe('luotuo')
    expect(channels.find((c) => c.id === channelId)?.slug).toBe('luotuo-app')
    const paths = sitemapEntriesOf({ guides: [], carriers, channels }).map(
      (e) => new URL(e.url).pathname,
    )
    expect(paths).toContain('/zh/carriers/luotuo')
    expect(paths.some((path) => path.includes('draft-slug'))).toBe(false)
  })

  it('a draft channel is not among a carrier’s channels nor a guide’s related links', async () => {
    const carrier = await api.post(
      '/carriers?locale=zh',
      { ...carrierData('海豚通信', 'haitun'), _status: 'published' },
      tokens.editor,
    )
    const carrierId = (carrier.json.doc as Carrier).id
    const channel = await api.post(
      '/channels?locale=zh&draft=true',
      channelData('海豚代理', 'haitun-agent', [carrierId]),
      tokens.editor,
    )
    const channelId = (channel.json.doc as Channel).id
    const guide = await createGuide(payload, {
      title: '海豚指南',
      slug: 'haitun-zhinan',
      body: doc(p('正文')),
      relatedChannels: [channelId],
      _status: 'published',
    })
    expect((await readCarrier(payload, carrierId))!.channels).toEqual([])
    const related = (await readGuide(payload, guide.id))!.relatedChannels ?? []
    expect(related.filter((c) => typeof c === 'object')).toEqual([])
    expect(await readChannel(payload, channelId)).toBeNull()
  })
})

describe('translating a carrier', () => {
  it('a translator’s draft of a fact’s text is theirs to publish (not a pending shared change)', async () => {
    const created = await api.post(
      '/carriers?locale=zh',
      {
        ...carrierData('企鹅电信', 'qie'),
        facts: [{ kind: 'website', text: '官网。' }],
        _status: 'published',
      },
      tokens.editor,
    )
    const carrier = created.json.doc as Carrier
    const row = carrier.facts![0]
    const draft = await api.patch(
      `/carriers/${carrier.id}?locale=ru&draft=true`,
      { name: 'Пингвин', description: 'Описание', facts: [{ ...row, text: 'Сайт.' }] },
      tokens.translator,
    )
    expect(draft.status, JSON.stringify(draft.json)).toBe(200)
    const states = await api.get(`/carriers/${carrier.id}/locale-states`, tokens.translator)
    expect(states.json.sharedPending).toEqual([])
    expect(states.json.locales.map((l: { state: string }) => l.state)).toEqual([
      'published',
      'draft',
      'missing',
    ])
    const published = await api.patch(
      `/carriers/${carrier.id}?locale=ru&publishSpecificLocale=ru`,
      {
        name: 'Пингвин',
        description: 'Описание',
        facts: [{ ...row, text: 'Сайт.' }],
        _status: 'published',
      },
      tokens.translator,
    )
    expect(published.status, JSON.stringify(published.json)).toBe(200)
    const ru = (await api.get(`/carriers/${carrier.id}?locale=ru`)).json as Carrier
    expect([ru.name, ru.facts![0].text]).toEqual(['Пингвин', 'Сайт.'])
    const zh = (await api.get(`/carriers/${carrier.id}?locale=zh`)).json as Carrier
    expect([zh.name, zh.facts![0].text]).toEqual(['企鹅电信', '官网。'])
  })

  it('an editor’s pending shared change still holds a translator’s publish with a 409', async () => {
    const created = await api.post(
      '/carriers?locale=zh',
      { ...carrierData('海狸电信', 'haili'), _status: 'published' },
      tokens.editor,
    )
    const id = (created.json.doc as Carrier).id
    await api.patch(`/carriers/${id}?locale=zh&draft=true`, { autoRenewal: 'yes' }, tokens.editor)
    const refused = await api.patch(
      `/carriers/${id}?locale=ru&publishSpecificLocale=ru`,
      { name: 'Бобр', description: 'Описание', _status: 'published' },
      tokens.translator,
    )
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.json)).toMatch(/autoRenewal/)
    expect(((await api.get(`/carriers/${id}?locale=zh`)).json as Carrier).autoRenewal).toBe(
      'unknown',
    )
  })

  it('anonymous callers get no locale states (401), translators do', async () => {
    const { docs } = await payload.find({ collection: 'carriers', limit: 1 })
    expect((await api.get(`/carriers/${docs[0].id}/locale-states`)).status).toBe(401)
    expect((await api.get(`/channels/${docs[0].id}/locale-states`)).status).toBe(401)
  })
})
