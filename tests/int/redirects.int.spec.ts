import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Redirect } from '../../src/payload-types'
import { apiClient } from '../support/api'
import { createCarrier, createGuide } from '../support/content'
import { doc, p } from '../support/lexical'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn } from '../support/staff'

/**
 * Redirects (src/redirects/): what editors may save — a From that is a site path, a target on
 * this site only, no loops and no chains — through REST, GraphQL and the Local API; and the
 * redirects a published slug change leaves behind, flattened so no redirect leads to another.
 */
let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let editor: string
let translator: string
let n = 0

const context = { disableRevalidate: true, disableSearchSync: true }

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  await createStaff(payload, 'editor@redirects.test', 'editor')
  editor = await signIn('editor@redirects.test')
  await createStaff(payload, 'translator.ru@redirects.test', 'translator')
  translator = await signIn('translator.ru@redirects.test')
}, 120_000)
afterAll(async () => {
  await closePayload(payload)
})

const redirectsFrom = async (from: string) =>
  (
    await payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      depth: 0,
      pagination: false,
    })
  ).docs as Redirect[]

const allRedirects = async () =>
  (await payload.find({ collection: 'redirects', depth: 0, pagination: false, limit: 500 }))
    .docs as Redirect[]

const custom = (url: string) => ({ type: 'custom', url })
const post = (body: unknown) => api.post('/redirects', body, editor)
const messageOf = (json: unknown) => JSON.stringify(json)

/** A guide published in zh, ru and en under slugs of its own in each. */
async function publishedGuide() {
  n += 1
  const guide = await createGuide(payload, {
    title: `重定向${n}`,
    slug: `cdx-${n}`,
    _status: 'published',
  })
  for (const locale of ['ru', 'en'] as const) {
    await payload.update({
      collection: 'guides',
      id: guide.id,
      locale,
      data: { title: `${locale} ${n}`, slug: `${locale}-cdx-${n}`, body: doc(p(`${locale} ${n}`)) },
      publishAllLocales: true,
      context,
    } as never)
  }
  return guide.id
}

describe('what a redirect may say', () => {
  it('keeps From as a locale-prefixed site path: no host, query, fragment or trailing slash', async () => {
    const pasted = await post({
      from: 'https://simatlas.example/ru/guides/Staryy-Adres/?utm_source=x#top',
      to: custom('/ru/faq'),
    })
    expect(pasted.status).toBe(201)
    expect(pasted.json.doc.from).toBe('/ru/guides/Staryy-Adres')
    const bare = await post({ from: 'en/old/page/', to: custom('/en/faq') })
    expect(bare.json.doc.from).toBe('/en/old/page')
    const encoded = await post({ from: '/zh/guides/%E6%97%A7', to: custom('/zh/faq') })
    expect(encoded.json.doc.from).toBe('/zh/guides/旧')
    expect(encoded.json.doc.type).toBe('308')
  })

  it.each([
    ['/guides/no-locale', /starts with its language/],
    ['//evil.host/zh/x', /starting with one/],
    ['/zh/a/../b', /or \W+\.\.\W+ parts/],
    ['javascript:alert(1)', /site path/],
    ['/zh', /home page/],
  ])('refuses the From %s with a 400 naming the field', async (from, message) => {
    const r = await post({ from, to: custom('/zh/faq') })
    expect(r.status).toBe(400)
    expect(messageOf(r.json)).toMatch(message)
    expect(messageOf(r.json)).toContain('"path":"from"')
  })

  it.each([
    '//evil.host',
    '/\\evil.host',
    'javascript:alert(document.cookie)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://evil.host/phish',
    'http://evil.host',
    '/%0d%0aLocation:%20https://evil.host'.replace('%0d%0a', '\r\n'),
    'evil.host/x',
  ])(
    'refuses the target %j on REST, GraphQL and the Local API (even as the server)',
    async (url) => {
      n += 1
      const r = await post({ from: `/en/unsafe-${n}`, to: custom(url) })
      expect(r.status).toBe(400)
      expect(messageOf(r.json)).toMatch(/path on this site/)
      expect(messageOf(r.json)).toContain('"path":"to.url"')

      const g = await api.graphql(
        `mutation { createRedirect(data: { from: "/en/unsafe-g-${n}", to: { type: "custom", url: ${JSON.stringify(url)} }, type: _308 }) { id } }`,
        editor,
      )
      expect(messageOf(g.json), messageOf(g.json)).toMatch(/path on this site/)

      await expect(
        payload.create({
          collection: 'redirects',
          data: { from: `/en/unsafe-l-${n}`, to: custom(url), type: '308' } as never,
        }),
      ).rejects.toMatchObject({
        data: { errors: [{ path: 'to.url', message: expect.stringMatching(/path on this site/) }] },
      })
      expect(await redirectsFrom(`/en/unsafe-${n}`)).toEqual([])
      expect(await redirectsFrom(`/en/unsafe-g-${n}`)).toEqual([])
      expect(await redirectsFrom(`/en/unsafe-l-${n}`)).toEqual([])
    },
  )

  it('lets an editor change only the type through GraphQL (unsent fields are not checked again)', async () => {
    const r = await post({ from: '/zh/gql-type', to: custom('/zh/faq') })
    const g = await api.graphql(
      `mutation { updateRedirect(id: ${r.json.doc.id}, data: { type: _307 }) { type from } }`,
      editor,
    )
    expect(g.json.data?.updateRedirect, messageOf(g.json)).toEqual({
      type: '_307',
      from: '/zh/gql-type',
    })
  })

  it('refuses a page that does not exist or has no page of its own, as a 400 on the field', async () => {
    const gone = await post({
      from: '/zh/gone-page',
      to: { type: 'reference', reference: { relationTo: 'guides', value: 99999999 } },
    })
    expect(gone.status, messageOf(gone.json)).toBe(400)
    expect(messageOf(gone.json)).toMatch(/to\.reference/)
    const user = await post({
      from: '/zh/user-page',
      to: { type: 'reference', reference: { relationTo: 'users', value: 1 } },
    })
    expect(user.status, messageOf(user.json)).toBe(400)
    expect(await redirectsFrom('/zh/gone-page')).toEqual([])
    expect(await redirectsFrom('/zh/user-page')).toEqual([])
  })

  it('refuses a From that is a published page: the site shows the page, never the redirect', async () => {
    const id = await publishedGuide()
    const live = await post({ from: `/ru/guides/ru-cdx-${n}`, to: custom('/ru/faq') })
    expect(live.status, messageOf(live.json)).toBe(400)
    expect(messageOf(live.json)).toMatch(/published page/)
    // Its zh slug answers under /ru/ too (the page sends readers on to the Russian address).
    const other = await post({ from: `/ru/guides/cdx-${n}`, to: custom('/ru/faq') })
    expect(other.status, messageOf(other.json)).toBe(400)
    expect(id).toBeGreaterThan(0)
  })

  it('refuses a redirect that leads nowhere (no page chosen, no path given)', async () => {
    const none = await post({ from: '/zh/nowhere' })
    expect(none.status).toBe(400)
    expect(messageOf(none.json)).toMatch(/Choose the page/)
    const noUrl = await post({ from: '/zh/nowhere', to: { type: 'custom' } })
    expect(noUrl.status).toBe(400)
    expect(messageOf(noUrl.json)).toContain('"path":"to.url"')
  })

  it('takes a site path with a query or fragment as the target, as the URL parser writes it', async () => {
    const r = await post({ from: '/ru/old-faq', to: custom('/ru/faq?x=1#vopros') })
    expect(r.status).toBe(201)
    expect(r.json.doc.to.url).toBe('/ru/faq?x=1#vopros')
  })
})

describe('loops and chains', () => {
  it('refuses a redirect to its own From (a custom path, or the page of the document it names)', async () => {
    const loop = await post({ from: '/en/round', to: custom('/en/round?again=1') })
    expect(loop.status).toBe(400)
    expect(messageOf(loop.json)).toMatch(/loop/)

    const guideId = await publishedGuide()
    const own = await post({
      from: `/en/guides/en-cdx-${n}`,
      to: { type: 'reference', reference: { relationTo: 'guides', value: guideId } },
    })
    expect(own.status, messageOf(own.json)).toBe(400)
    expect(messageOf(own.json)).toMatch(/loop/)
  })

  it('refuses a chain either way: a target that is redirected, a From another redirect leads to', async () => {
    expect((await post({ from: '/zh/chain-a', to: custom('/zh/chain-b') })).status).toBe(201)

    const fromTarget = await post({ from: '/zh/chain-b', to: custom('/zh/chain-c') })
    expect(fromTarget.status).toBe(400)
    expect(messageOf(fromTarget.json)).toMatch(/chain-a leads to \/zh\/chain-b/)

    const toFrom = await post({ from: '/zh/chain-z', to: custom('/zh/chain-a') })
    expect(toFrom.status).toBe(400)
    expect(messageOf(toFrom.json)).toMatch(/is itself redirected/)

    // An update that would make one is refused too.
    const other = await post({ from: '/zh/chain-x', to: custom('/zh/faq') })
    const patched = await api.patch(
      `/redirects/${other.json.doc.id}`,
      { to: custom('/zh/chain-a') },
      editor,
    )
    expect(patched.status).toBe(400)
    expect((await redirectsFrom('/zh/chain-x'))[0]?.to?.url).toBe('/zh/faq')
  })

  it('counts a reference by where it leads: the page of the document in the target locale', async () => {
    const guideId = await publishedGuide()
    const toGuide = await post({
      from: `/ru/old-guide-${n}`,
      to: { type: 'reference', reference: { relationTo: 'guides', value: guideId } },
    })
    expect(toGuide.status).toBe(201)
    // The guide's Russian page is where that redirect leads: redirecting it would be a chain.
    const chain = await post({ from: `/ru/guides/ru-cdx-${n}`, to: custom('/ru/faq') })
    expect(chain.status).toBe(400)
    expect(messageOf(chain.json), messageOf(chain.json)).toMatch(/would make a chain/)
    // Its English page is no chain (the reference leads to ru, the From's locale), but it is a
    // published page, which the site shows rather than any redirect from it.
    const en = await post({ from: `/en/guides/en-cdx-${n}`, to: custom('/en/faq') })
    expect(en.status, messageOf(en.json)).toBe(400)
    expect(messageOf(en.json)).toMatch(/published page/)
    // A chosen locale overrides the From's: this one leads to the English page, no chain.
    const chosen = await post({
      from: `/ru/to-english-${n}`,
      to: { type: 'reference', reference: { relationTo: 'guides', value: guideId }, locale: 'en' },
    })
    expect(chosen.status, messageOf(chosen.json)).toBe(201)
    expect(chosen.json.doc.to.locale).toBe('en')
  })
})

describe('a published slug that changes leaves a redirect', () => {
  const referencesTo = (r: Redirect | undefined) => ({
    from: r?.from,
    type: r?.to?.type,
    reference: r?.to?.reference
      ? { relationTo: r.to.reference.relationTo, value: r.to.reference.value }
      : null,
    locale: r?.to?.locale,
  })

  it('per locale for a guide, when that locale is published; not for a draft', async () => {
    const id = await publishedGuide()
    const m = n
    // A draft with a new slug changes no address readers have.
    await payload.update({
      collection: 'guides',
      id,
      locale: 'ru',
      draft: true,
      data: { slug: `ru-draft-${m}` },
      context,
    })
    expect(await redirectsFrom(`/ru/guides/ru-cdx-${m}`)).toEqual([])

    // Publishing Russian alone with a new slug: the old Russian address leads to the guide.
    const r = await api.patch(
      `/guides/${id}?locale=ru`,
      { slug: `ru-new-${m}`, _status: 'published' },
      editor,
    )
    expect(r.status, messageOf(r.json)).toBe(200)
    const [made] = await redirectsFrom(`/ru/guides/ru-cdx-${m}`)
    expect(referencesTo(made)).toEqual({
      from: `/ru/guides/ru-cdx-${m}`,
      type: 'reference',
      reference: { relationTo: 'guides', value: id },
      locale: 'ru',
    })
    expect(made?.type).toBe('308')
    // The other locales kept their addresses: nothing for them.
    expect(await redirectsFrom(`/zh/guides/cdx-${m}`)).toEqual([])
    expect(await redirectsFrom(`/en/guides/en-cdx-${m}`)).toEqual([])
  })

  it('flattens: redirects to the old address lead to the document; changing back removes the loop', async () => {
    const id = await publishedGuide()
    const m = n
    const oldPath = `/en/guides/en-cdx-${m}`
    // An editor's redirect to the guide's address as a path.
    expect((await post({ from: `/en/legacy-${m}`, to: custom(oldPath) })).status).toBe(201)

    const publish = (slug: string) =>
      api.patch(`/guides/${id}?locale=en`, { slug, _status: 'published' }, editor)
    expect((await publish(`en-second-${m}`)).status).toBe(200)
    expect((await publish(`en-third-${m}`)).status).toBe(200)

    const toGuide = {
      type: 'reference',
      reference: { relationTo: 'guides', value: id },
      locale: 'en',
    }
    for (const from of [`/en/legacy-${m}`, oldPath, `/en/guides/en-second-${m}`]) {
      const [r] = await redirectsFrom(from)
      expect(referencesTo(r), from).toEqual({ from, ...toGuide })
    }

    // Back to the first slug: the redirect from it would now lead to itself, so it goes.
    expect((await publish(`en-cdx-${m}`)).status).toBe(200)
    expect(await redirectsFrom(oldPath)).toEqual([])
    const [third] = await redirectsFrom(`/en/guides/en-third-${m}`)
    expect(referencesTo(third)).toEqual({ from: `/en/guides/en-third-${m}`, ...toGuide })

    // No redirect anywhere leads to another one's From.
    const all = await allRedirects()
    const froms = new Set(all.map((r) => r.from))
    const customTargets = all.filter((r) => r.to?.type === 'custom').map((r) => r.to?.url)
    expect(customTargets.filter((url) => url && froms.has(url))).toEqual([])
  })

  it('never lets a translator’s publish remove or repoint an editor’s redirect', async () => {
    const id = await publishedGuide()
    const m = n
    const promo = `/ru/guides/promo-${m}`
    expect((await post({ from: promo, to: custom('/ru/faq') })).status).toBe(201)
    // Taking that address as the Russian slug is refused, and nothing changes.
    const taken = await api.patch(
      `/guides/${id}?locale=ru&publishSpecificLocale=ru`,
      { slug: `promo-${m}`, _status: 'published' },
      translator,
    )
    expect(taken.status, messageOf(taken.json)).toBe(400)
    expect(messageOf(taken.json)).toMatch(/redirected elsewhere/)
    const [kept] = await redirectsFrom(promo)
    expect(kept?.to).toMatchObject({ type: 'custom', url: '/ru/faq' })
    const ru = await payload.findByID({ collection: 'guides', id, locale: 'ru', depth: 0 })
    expect(ru.slug).toBe(`ru-cdx-${m}`)
    expect(await redirectsFrom(`/ru/guides/ru-cdx-${m}`)).toEqual([])
    // Another slug is the translator's to publish, and leaves the editor's redirect alone.
    const moved = await api.patch(
      `/guides/${id}?locale=ru&publishSpecificLocale=ru`,
      { slug: `ru-own-${m}`, _status: 'published' },
      translator,
    )
    expect(moved.status, messageOf(moved.json)).toBe(200)
    expect((await redirectsFrom(promo))[0]?.to).toMatchObject({ type: 'custom', url: '/ru/faq' })
    expect((await redirectsFrom(`/ru/guides/ru-cdx-${m}`)).length).toBe(1)
  })

  it('in every locale for a carrier, whose slug is shared', async () => {
    n += 1
    const carrier = await createCarrier(payload, { name: `运营商${n}`, slug: `op-${n}` })
    const r = await api.patch(`/carriers/${carrier.id}`, { slug: `op-renamed-${n}` }, editor)
    expect(r.status, messageOf(r.json)).toBe(200)
    for (const locale of ['zh', 'ru', 'en']) {
      const [made] = await redirectsFrom(`/${locale}/carriers/op-${n}`)
      expect(referencesTo(made)).toEqual({
        from: `/${locale}/carriers/op-${n}`,
        type: 'reference',
        reference: { relationTo: 'carriers', value: carrier.id },
        locale,
      })
    }
  })

  it('not for a FAQ (its slug is an anchor on the FAQ page, which never reaches the server)', async () => {
    n += 1
    const faq = await payload.create({
      collection: 'faqs',
      locale: 'zh',
      data: {
        question: `问题${n}`,
        slug: `wt-${n}`,
        topic: 'renewal',
        answer: doc(p('答')),
        _status: 'published',
      } as never,
      context,
    })
    const before = (await allRedirects()).length
    await payload.update({
      collection: 'faqs',
      id: faq.id,
      locale: 'zh',
      data: { slug: `wt-renamed-${n}`, _status: 'published' } as never,
      context,
    })
    expect((await allRedirects()).length).toBe(before)
  })
})
