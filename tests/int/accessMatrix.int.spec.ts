import sharp from 'sharp'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { doc, p } from '../support/lexical'
import { bootPayload, closePayload } from '../support/payload'

/**
 * The roles table of the README, walked in full: every role × collection × operation × API
 * (REST and GraphQL through the app's real route handlers, the Local API with
 * `overrideAccess: false`). Each case works on a fresh document and checks both the answer
 * (2xx or refused) and the effect in the database, so a refusal that still changed something,
 * or a 200 that changed nothing, fails as well.
 */

const roles = ['anonymous', 'translatorRu', 'translatorEn', 'editor', 'admin'] as const
type Role = (typeof roles)[number]
const apis = ['rest', 'graphql', 'local'] as const
type Api = (typeof apis)[number]
const contentLocales = ['zh', 'ru', 'en'] as const
type Locale = (typeof contentLocales)[number]

type Outcome = { ok: boolean; happened: boolean }
type Ctx = { role: Role; api: Api }

let payload: Payload
let rest: typeof import('../../src/app/(payload)/api/[...slug]/route')
let graphqlPost: (request: Request) => Promise<Response>
const users = {} as Record<Exclude<Role, 'anonymous'>, User>
const tokens = {} as Record<Exclude<Role, 'anonymous'>, string>
const password = 'correct-horse-battery-staple'
let png: Buffer
let serial = 0

const staff = (role: Role) => role !== 'anonymous'
const editorial = (role: Role) => role === 'editor' || role === 'admin'
const ownLocale = (role: Role, locale: Locale) =>
  editorial(role) ||
  (role === 'translatorRu' && locale === 'ru') ||
  (role === 'translatorEn' && locale === 'en')

// ---------------------------------------------------------------------------------------------
// Calling each API as a role

async function restCall(
  role: Role,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
) {
  const url = new URL(`http://localhost/api${path}`)
  const headers = new Headers()
  if (role !== 'anonymous') headers.set('authorization', `JWT ${tokens[role]}`)
  let payloadBody: BodyInit | undefined
  if (body instanceof FormData) payloadBody = body
  else if (body !== undefined) {
    headers.set('content-type', 'application/json')
    payloadBody = JSON.stringify(body)
  }
  const response = await rest[method](new Request(url, { method, headers, body: payloadBody }), {
    params: Promise.resolve({ slug: url.pathname.split('/').slice(2) }),
  })
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
  return { ok: response.ok, json }
}

async function gqlCall(role: Role, query: string) {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (role !== 'anonymous') headers.set('authorization', `JWT ${tokens[role]}`)
  const response = await graphqlPost(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query }),
    }),
  )
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] }
  return { ok: response.ok && !json.errors?.length, json }
}

/** A value written as a GraphQL input literal (rich text is a JSON scalar taking an object). */
function gqlLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(gqlLiteral).join(', ')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${k}: ${gqlLiteral(v)}`)
    return `{ ${entries.join(', ')} }`
  }
  return JSON.stringify(value ?? null)
}

/** Local API as the role, access enforced; `ok` is false when it throws. */
async function localCall<T>(role: Role, call: (user: User | undefined) => Promise<T>) {
  try {
    const value = await call(role === 'anonymous' ? undefined : users[role])
    return { ok: true, value }
  } catch {
    return { ok: false, value: undefined }
  }
}
const asRole = (user: User | undefined) => ({ user, overrideAccess: false as const })

// ---------------------------------------------------------------------------------------------
// Fixtures: a fresh document per case, made with full access

type Collection =
  | 'guides'
  | 'faqs'
  | 'carriers'
  | 'channels'
  | 'media'
  | 'users'
  | 'votes'
  | 'reports'
  | 'redirects'
const graphqlNames: Record<Collection, { one: string; many: string }> = {
  guides: { one: 'Guide', many: 'Guides' },
  faqs: { one: 'Faq', many: 'Faqs' },
  carriers: { one: 'Carrier', many: 'Carriers' },
  channels: { one: 'Channel', many: 'Channels' },
  media: { one: 'Media', many: 'allMedia' },
  users: { one: 'User', many: 'Users' },
  votes: { one: 'Vote', many: 'Votes' },
  reports: { one: 'Report', many: 'Reports' },
  redirects: { one: 'Redirect', many: 'Redirects' },
}
/** The localized text field each content collection is checked by. */
const textField: Partial<Record<Collection, string>> = {
  guides: 'title',
  faqs: 'question',
  carriers: 'name',
  channels: 'name',
  media: 'alt',
}

async function fresh(collection: Collection): Promise<number> {
  serial += 1
  const n = serial
  switch (collection) {
    case 'guides':
    case 'faqs':
    case 'carriers':
    case 'channels': {
      // Every public collection has drafts (carriers and channels since issue 11): published
      // in all three languages, with a pending zh draft.
      const base = {
        guides: {
          title: `公开${n}`,
          slug: `g-${n}`,
          topic: 'renewal',
          country: 'KZ',
          body: doc(p('文')),
        },
        faqs: { question: `公开${n}`, slug: `f-${n}`, topic: 'renewal', answer: doc(p('答')) },
        carriers: {
          name: `公开${n}`,
          slug: `c-${n}`,
          description: `公开${n}`,
          country: 'KZ',
          autoRenewal: 'unknown',
          status: 'active',
        },
        channels: {
          name: `公开${n}`,
          slug: `ch-${n}`,
          kinds: ['carrier-app'],
          verification: 'official',
          worksFromAbroad: 'yes',
        },
      }[collection]
      const created = await payload.create({
        collection,
        locale: 'zh',
        data: { ...base, _status: 'published' } as never,
      })
      for (const locale of ['ru', 'en'] as const) {
        const text = `public ${locale} ${n}`
        const localized = {
          guides: { title: text, slug: `g-${locale}-${n}`, body: doc(p(text)) },
          faqs: { question: text, answer: doc(p(text)) },
          carriers: { name: text, description: text },
          channels: { name: text },
        }[collection]
        await payload.update({
          collection,
          id: created.id,
          locale,
          data: { ...localized, _status: 'published' } as never,
        })
      }
      // A pending draft nobody outside the team may see.
      await payload.update({
        collection,
        id: created.id,
        locale: 'zh',
        draft: true,
        data: { [textField[collection]!]: `草稿${n}` } as never,
      })
      return created.id
    }
    case 'media':
      return (
        await payload.create({
          collection,
          locale: 'zh',
          data: { alt: `图${n}` },
          file: { data: png, mimetype: 'image/png', name: `m-${n}.png`, size: png.length },
        })
      ).id
    case 'users':
      return (
        await payload.create({
          collection,
          data: { email: `someone${n}@matrix.test`, password, role: 'editor' } as User,
        })
      ).id
    case 'redirects':
      return (
        await payload.create({
          collection,
          data: { from: `/zh/old-${n}`, to: { type: 'custom', url: '/zh/faq' }, type: '308' },
        })
      ).id
    case 'votes': {
      const guide = await fresh('guides')
      return (
        await payload.create({
          collection,
          data: { guide, helpful: true, locale: 'zh', voter: `v${n}`, client: `c${n}` },
        })
      ).id
    }
    case 'reports': {
      // A report from a Russian reader: the Russian translator may read it, the English one not.
      const guide = await fresh('guides')
      return (
        await payload.create({
          collection,
          data: {
            page: { relationTo: 'guides', value: guide },
            path: `/ru/guides/g-ru-${n}`,
            locale: 'ru',
            wrong: `устарело ${n}`,
            status: 'open',
          },
        })
      ).id
    }
  }
}

const stored = (collection: Collection, id: number, locale: Locale = 'zh', draft = true) =>
  payload.findByID({
    collection,
    id,
    locale,
    draft,
    depth: 0,
    fallbackLocale: false,
    disableErrors: true,
  }) as Promise<Record<string, unknown> | null>

const publicStatus = async (collection: Collection, id: number) =>
  ((await stored(collection, id, 'zh', false))?._status as string | undefined) ?? 'published'

// ---------------------------------------------------------------------------------------------
// The operations: each runs on one API and says whether it answered OK and whether it took effect

type Operation = {
  name: string
  collections: Collection[]
  apis?: Api[]
  /** What the README's roles table allows. */
  allowed: (role: Role, collection: Collection) => boolean
  run: (ctx: Ctx, collection: Collection) => Promise<Outcome | 'not applicable'>
}

const drafted: Collection[] = ['guides', 'faqs', 'carriers', 'channels']
const content: Collection[] = ['guides', 'faqs', 'carriers', 'channels']

const shared: Partial<Record<Collection, { field: string; value: unknown; gql: string }>> = {
  guides: { field: 'topic', value: 'expiry', gql: 'topic: expiry' },
  faqs: { field: 'order', value: 7, gql: 'order: 7' },
  carriers: { field: 'autoRenewal', value: 'no', gql: 'autoRenewal: no' },
  channels: { field: 'worksFromAbroad', value: 'no', gql: 'worksFromAbroad: no' },
  media: { field: 'focalX', value: 10, gql: 'focalX: 10' },
  users: { field: 'role', value: 'admin', gql: 'role: admin' },
  votes: { field: 'helpful', value: false, gql: 'helpful: false' },
  reports: { field: 'status', value: 'fixed', gql: 'status: fixed' },
  redirects: { field: 'type', value: '307', gql: 'type: _307' },
}

async function update(
  { role, api }: Ctx,
  collection: Collection,
  id: number,
  data: Record<string, unknown>,
  gqlData: string,
  query = '',
) {
  const { one } = graphqlNames[collection]
  const locale = /locale=(\w+)/.exec(query)?.[1]
  if (api === 'rest') return restCall(role, 'PATCH', `/${collection}/${id}?${query}`, data)
  if (api === 'graphql') {
    const args = [`id: ${id}`, `data: { ${gqlData} }`, locale ? `locale: ${locale}` : '']
    if (query.includes('draft=true')) args.push('draft: true')
    return gqlCall(role, `mutation { update${one}(${args.filter(Boolean).join(', ')}) { id } }`)
  }
  const publishSpecificLocale = /publishSpecificLocale=(\w+)/.exec(query)?.[1]
  return localCall(role, (user) =>
    payload.update({
      collection,
      id,
      data: data as never,
      locale: locale as Locale | undefined,
      draft: query.includes('draft=true'),
      publishSpecificLocale,
      ...asRole(user),
    }),
  )
}

/** What a new document of each collection needs, for REST/Local (`data`) and GraphQL (`gql`). */
function createInput(marker: string) {
  const data: Record<Collection, Record<string, unknown>> = {
    guides: { title: marker, slug: marker, topic: 'renewal', country: 'KZ', body: doc(p('x')) },
    faqs: { question: marker, slug: marker, topic: 'renewal', answer: doc(p('x')) },
    carriers: {
      name: marker,
      slug: marker,
      country: 'KZ',
      autoRenewal: 'unknown',
      status: 'active',
    },
    channels: {
      name: marker,
      slug: marker,
      kinds: ['carrier-app'],
      verification: 'official',
      worksFromAbroad: 'yes',
    },
    media: { alt: marker },
    users: { email: `${marker}@matrix.test`, password, role: 'editor' },
    votes: { helpful: true, locale: 'zh', voter: marker, client: marker },
    reports: {
      page: { relationTo: 'guides', value: 1 },
      path: '/zh/x',
      locale: 'zh',
      wrong: marker,
    },
    redirects: { from: `/zh/${marker}`, to: { type: 'custom', url: '/zh/faq' }, type: '308' },
  }
  const gql: Record<Collection, string> = {
    guides: `title: "${marker}", slug: "${marker}", topic: renewal, country: KZ, body: ${gqlLiteral(doc(p('x')))}`,
    faqs: `question: "${marker}", slug: "${marker}", topic: renewal, answer: ${gqlLiteral(doc(p('x')))}`,
    carriers: `name: "${marker}", slug: "${marker}", country: KZ, autoRenewal: unknown, status: active`,
    channels: `name: "${marker}", slug: "${marker}", kinds: [carrier_app], verification: official, worksFromAbroad: yes`,
    media: `alt: "${marker}"`,
    users: `email: "${marker}@matrix.test", password: "${password}", role: editor`,
    votes: `helpful: true, locale: zh, voter: "${marker}", client: "${marker}"`,
    reports: `page: { relationTo: guides, value: 1 }, path: "/zh/x", locale: zh, wrong: "${marker}"`,
    redirects: `from: "/zh/${marker}", to: { type: "custom", url: "/zh/faq" }, type: _308`,
  }
  return { data, gql }
}

const operations: Operation[] = [
  {
    name: 'read published',
    collections: [...content, 'media', 'users', 'votes', 'reports', 'redirects'],
    // Redirects: the team reads the list; readers are redirected by the server, never shown it.
    allowed: (role, c) =>
      c === 'users'
        ? role === 'admin'
        : c === 'votes' || c === 'redirects'
          ? staff(role)
          : c === 'reports'
            ? ownLocale(role, 'ru')
            : true,
    run: async ({ role, api }, c) => {
      const id = await fresh(c)
      if (api === 'rest') {
        const r = await restCall(role, 'GET', `/${c}/${id}`)
        return { ok: r.ok, happened: r.ok && r.json.id === id }
      }
      if (api === 'graphql') {
        const r = await gqlCall(role, `{ ${graphqlNames[c].one}(id: ${id}) { id } }`)
        const got = r.json.data?.[graphqlNames[c].one] as { id?: number } | null
        return { ok: r.ok && Boolean(got), happened: got?.id === id }
      }
      const r = await localCall(role, (user) =>
        payload.findByID({ collection: c, id, ...asRole(user) }),
      )
      return { ok: r.ok, happened: (r.value as { id?: number })?.id === id }
    },
  },
  {
    name: 'read draft',
    collections: drafted,
    allowed: (role) => staff(role),
    run: async ({ role, api }, c) => {
      const id = await fresh(c)
      const field = textField[c]!
      const draftText = (await stored(c, id))?.[field]
      let seen: unknown
      if (api === 'rest')
        seen = (await restCall(role, 'GET', `/${c}/${id}?draft=true&locale=zh`)).json[field]
      else if (api === 'graphql') {
        const r = await gqlCall(
          role,
          `{ ${graphqlNames[c].one}(id: ${id}, draft: true, locale: zh) { ${field} } }`,
        )
        seen = (r.json.data?.[graphqlNames[c].one] as Record<string, unknown> | null)?.[field]
      } else {
        const r = await localCall(role, (user) =>
          payload.findByID({ collection: c, id, draft: true, locale: 'zh', ...asRole(user) }),
        )
        seen = (r.value as Record<string, unknown> | undefined)?.[field]
      }
      return { ok: seen === draftText, happened: seen === draftText }
    },
  },
  {
    name: 'read versions',
    collections: drafted,
    allowed: (role) => staff(role),
    run: async ({ role, api }, c) => {
      const id = await fresh(c)
      let count = 0
      let ok: boolean
      if (api === 'rest') {
        const r = await restCall(role, 'GET', `/${c}/versions?where[parent][equals]=${id}`)
        ok = r.ok
        count = (r.json.docs as unknown[] | undefined)?.length ?? 0
      } else if (api === 'graphql') {
        const name = `versions${graphqlNames[c].many}`
        const r = await gqlCall(
          role,
          `{ ${name}(where: { parent: { equals: ${id} } }) { docs { id } } }`,
        )
        ok = r.ok
        count = (r.json.data?.[name] as { docs: unknown[] } | null)?.docs.length ?? 0
      } else {
        const r = await localCall(role, (user) =>
          payload.findVersions({
            collection: c,
            where: { parent: { equals: id } },
            ...asRole(user),
          }),
        )
        ok = r.ok
        count = r.value?.docs.length ?? 0
      }
      return { ok, happened: count > 0 }
    },
  },
  {
    name: 'create',
    collections: [...content, 'media', 'users', 'votes', 'reports', 'redirects'],
    apis: ['rest', 'local', 'graphql'],
    // Reports are created only by the readers' endpoint (tests/int/reports.int.spec.ts).
    allowed: (role, c) =>
      c === 'users' ? role === 'admin' : c === 'votes' || c === 'reports' ? false : editorial(role),
    run: async ({ role, api }, c) => {
      serial += 1
      const marker = `new-${serial}`
      const { data, gql } = createInput(marker)
      let ok: boolean
      if (api === 'rest') {
        let body: unknown = data[c]
        if (c === 'media') {
          const form = new FormData()
          form.append(
            'file',
            new Blob([new Uint8Array(png)], { type: 'image/png' }),
            `${marker}.png`,
          )
          form.append('_payload', JSON.stringify(data[c]))
          body = form
        }
        ok = (await restCall(role, 'POST', `/${c}?locale=zh`, body)).ok
      } else if (api === 'graphql') {
        if (c === 'media') return 'not applicable' // uploads need multipart REST
        ok = (
          await gqlCall(
            role,
            `mutation { create${graphqlNames[c].one}(data: { ${gql[c]} }, locale: zh) { id } }`,
          )
        ).ok
      } else {
        ok = (
          await localCall(role, (user) =>
            payload.create({
              collection: c,
              locale: 'zh',
              data: data[c] as never,
              ...(c === 'media'
                ? {
                    file: {
                      data: png,
                      mimetype: 'image/png',
                      name: `${marker}.png`,
                      size: png.length,
                    },
                  }
                : {}),
              ...asRole(user),
            }),
          )
        ).ok
      }
      const where =
        c === 'users'
          ? { email: { equals: `${marker}@matrix.test` } }
          : c === 'votes'
            ? { voter: { equals: marker } }
            : c === 'reports'
              ? { wrong: { equals: marker } }
              : c === 'redirects'
                ? { from: { equals: `/zh/${marker}` } }
                : { [textField[c]!]: { equals: marker } }
      const { totalDocs } = await payload.count({
        collection: c,
        where: where as never,
        locale: 'zh',
      })
      return { ok, happened: totalDocs > 0 }
    },
  },
  {
    name: 'update a shared field',
    collections: [...content, 'media', 'users', 'votes', 'reports', 'redirects'],
    allowed: (role, c) =>
      c === 'users' ? role === 'admin' : c === 'votes' ? false : editorial(role),
    run: async (ctx, c) => {
      const id = await fresh(c)
      const { field, value, gql } = shared[c]!
      const query = drafted.includes(c) ? 'locale=zh&draft=true' : 'locale=zh'
      const r = await update(ctx, c, id, { [field]: value }, gql, query)
      const after = (await stored(c, id))?.[field]
      return { ok: r.ok, happened: after === value }
    },
  },
  ...contentLocales.map((locale): Operation => ({
    name: `update a localized field in ${locale}`,
    collections: [...content, 'media'],
    allowed: (role) => ownLocale(role, locale),
    run: async (ctx, c) => {
      const id = await fresh(c)
      const field = textField[c]!
      const text = `changed ${locale} ${serial}`
      const query = drafted.includes(c) ? `locale=${locale}&draft=true` : `locale=${locale}`
      const r = await update(ctx, c, id, { [field]: text }, `${field}: "${text}"`, query)
      return { ok: r.ok, happened: (await stored(c, id, locale))?.[field] === text }
    },
  })),
  {
    name: 'delete',
    collections: [...content, 'media', 'users', 'votes', 'reports', 'redirects'],
    allowed: (role, c) =>
      c === 'users' || c === 'votes' || c === 'reports' ? role === 'admin' : editorial(role),
    run: async ({ role, api }, c) => {
      const id = await fresh(c)
      let ok: boolean
      if (api === 'rest') ok = (await restCall(role, 'DELETE', `/${c}/${id}`)).ok
      else if (api === 'graphql')
        ok = (await gqlCall(role, `mutation { delete${graphqlNames[c].one}(id: ${id}) { id } }`)).ok
      else
        ok = (
          await localCall(role, (user) => payload.delete({ collection: c, id, ...asRole(user) }))
        ).ok
      return { ok, happened: (await stored(c, id)) === null }
    },
  },
  {
    name: 'duplicate',
    collections: content,
    allowed: (role) => editorial(role),
    run: async ({ role, api }, c) => {
      const id = await fresh(c)
      const before = (await payload.count({ collection: c })).totalDocs
      let ok: boolean
      if (api === 'rest')
        ok = (await restCall(role, 'POST', `/${c}/${id}/duplicate?locale=zh`, {})).ok
      else if (api === 'graphql') {
        // Payload's GraphQL duplicate takes the copy's required fields as `data`.
        const { gql } = createInput(`dup-${id}`)
        const mutation = `duplicate${graphqlNames[c].one}(id: ${id}, data: { ${gql[c]} })`
        ok = (await gqlCall(role, `mutation { ${mutation} { id } }`)).ok
      } else
        ok = (
          await localCall(role, (user) =>
            payload.duplicate({ collection: c, id, locale: 'zh', ...asRole(user) }),
          )
        ).ok
      return { ok, happened: (await payload.count({ collection: c })).totalDocs > before }
    },
  },
  {
    name: 'restore a version',
    collections: drafted,
    allowed: (role) => editorial(role),
    run: async ({ role, api }, c) => {
      const id = await fresh(c)
      const field = textField[c]!
      // The first version: the zh text as first published.
      const { docs } = await payload.findVersions({
        collection: c,
        where: { parent: { equals: id } },
        sort: 'createdAt',
        limit: 1,
      })
      const first = docs[0]
      await payload.update({
        collection: c,
        id,
        locale: 'zh',
        data: { [field]: `later ${id}` } as never,
      })
      let ok: boolean
      if (api === 'rest') ok = (await restCall(role, 'POST', `/${c}/versions/${first.id}`, {})).ok
      else if (api === 'graphql')
        ok = (
          await gqlCall(
            role,
            `mutation { restoreVersion${graphqlNames[c].one}(id: ${first.id}) { id } }`,
          )
        ).ok
      else
        ok = (
          await localCall(role, (user) =>
            payload.restoreVersion({ collection: c, id: first.id, ...asRole(user) }),
          )
        ).ok
      const now = (await stored(c, id, 'zh', false))?.[field]
      return { ok, happened: now !== `later ${id}` }
    },
  },
  {
    name: 'publish',
    collections: drafted,
    allowed: (role) => editorial(role),
    run: async (ctx, c) => {
      const id = await fresh(c)
      const r = await update(
        ctx,
        c,
        id,
        { _status: 'published' },
        '_status: published',
        'locale=zh',
      )
      const live = (await stored(c, id, 'zh', false))?.[textField[c]!]
      return { ok: r.ok, happened: typeof live === 'string' && live.startsWith('草稿') }
    },
  },
  ...contentLocales.map((locale): Operation => ({
    name: `publish ${locale} only`,
    collections: drafted,
    apis: ['rest', 'local'], // GraphQL has no publishSpecificLocale argument
    allowed: (role) => ownLocale(role, locale),
    run: async (ctx, c) => {
      const id = await fresh(c)
      const field = textField[c]!
      const text = `published ${locale} alone ${id}`
      const r = await update(
        ctx,
        c,
        id,
        { [field]: text },
        '',
        `locale=${locale}&publishSpecificLocale=${locale}`,
      )
      const live = await stored(c, id, locale, false)
      // The zh draft stays a draft unless zh itself is the locale published.
      const zhLive = (await stored(c, id, 'zh', false))?.[field] as string
      return {
        ok: r.ok,
        happened: live?.[field] === text && (locale === 'zh' || zhLive.startsWith('公开')),
      }
    },
  })),
  {
    name: 'unpublish',
    collections: drafted,
    allowed: (role) => editorial(role),
    run: async (ctx, c) => {
      const id = await fresh(c)
      const r = await update(ctx, c, id, { _status: 'draft' }, '_status: draft', 'locale=zh')
      return { ok: r.ok, happened: (await publicStatus(c, id)) === 'draft' }
    },
  },
  {
    name: 'discard an abandoned new document',
    collections: drafted,
    apis: ['rest'], // an endpoint of the edit view, REST only
    allowed: (role) => editorial(role),
    run: async ({ role }, c) => {
      // As Payload's "Create New" leaves it: a draft with nothing filled in.
      const { id } = await payload.create({ collection: c, data: {}, draft: true, locale: 'zh' })
      const r = await restCall(role, 'POST', `/${c}/${id}/discard-if-abandoned`, {})
      return { ok: r.ok, happened: (await stored(c, id)) === null }
    },
  },
  {
    name: 'read locale states',
    collections: drafted,
    apis: ['rest'],
    allowed: (role) => staff(role),
    run: async ({ role }, c) => {
      const id = await fresh(c)
      const r = await restCall(role, 'GET', `/${c}/${id}/locale-states`)
      return { ok: r.ok, happened: r.ok }
    },
  },
  {
    name: 'unlock',
    collections: ['users'],
    allowed: (role) => role === 'admin',
    run: async ({ role, api }, c) => {
      const id = await fresh(c)
      const locked = new Date(Date.now() + 60 * 60 * 1000).toISOString()
      await payload.db.updateOne({
        collection: c,
        id,
        data: { loginAttempts: 5, lockUntil: locked },
      })
      const { email } = (await stored(c, id)) as { email: string }
      let ok: boolean
      if (api === 'rest') ok = (await restCall(role, 'POST', '/users/unlock', { email })).ok
      else if (api === 'graphql')
        ok = (await gqlCall(role, `mutation { unlockUser(email: "${email}") }`)).ok
      else
        ok = (
          await localCall(role, (user) =>
            payload.unlock({ collection: c, data: { email }, ...asRole(user) }),
          )
        ).ok
      const after = (await payload.db.findOne({
        collection: c,
        where: { id: { equals: id } },
      })) as {
        lockUntil?: string | null
      }
      return { ok, happened: !after.lockUntil }
    },
  },
  ...contentLocales.map((locale): Operation => ({
    name: `preview the newest draft in ${locale}`,
    collections: content,
    // The draft preview route's decision (src/preview/previewTarget.ts); its HTTP answers,
    // draft mode and headers are tested against the running site (tests/e2e/preview.e2e.spec.ts).
    apis: ['local'],
    allowed: (role) => ownLocale(role, locale),
    run: async ({ role }, c) => {
      const id = await fresh(c)
      const { previewTarget } = await import('../../src/preview/previewTarget')
      const user = role === 'anonymous' ? null : users[role]
      const target = await previewTarget(payload, user, {
        collection: c as 'guides',
        id,
        locale,
      })
      return { ok: 'path' in target, happened: 'path' in target }
    },
  })),
  ...(['ru', 'en'] as const).map((toLocale): Operation => ({
    name: `copy zh to ${toLocale}`,
    collections: ['guides'],
    apis: ['local'], // the admin's server function, not a REST or GraphQL route
    allowed: (role) => ownLocale(role, toLocale),
    run: async ({ role }, c) => {
      const id = await fresh(c)
      const { copyDataFromLocale } = await import('@payloadcms/ui/utilities/copyDataFromLocale')
      const user = role === 'anonymous' ? undefined : users[role]
      const req = await createLocalReq({ user: user as never }, payload)
      const r = await localCall(role, () =>
        copyDataFromLocale({
          req,
          collectionSlug: c,
          docID: id,
          fromLocale: 'zh',
          toLocale,
          overrideData: true,
        }),
      )
      const copied = (await stored(c, id, toLocale))?.title
      return { ok: r.ok, happened: typeof copied === 'string' && copied.startsWith('草稿') }
    },
  })),
  // Scheduled publish and unpublish (src/publishing/schedule): scheduling is publishing later.
  ...contentLocales.map((locale): Operation => ({
    name: `schedule publishing ${locale}`,
    collections: drafted,
    apis: ['rest'], // our endpoint; Payload's own schedule server function is switched off
    allowed: (role) => ownLocale(role, locale),
    run: async ({ role }, c) => {
      const id = await fresh(c)
      const at = new Date(Date.now() + 3_600_000).toISOString()
      const r = await restCall(role, 'POST', `/${c}/${id}/schedule`, {
        type: 'publish',
        locale,
        at,
      })
      const jobs = await jobsOf(c, id)
      return { ok: r.ok, happened: jobs.some((job) => job.input?.locale === locale) }
    },
  })),
  {
    name: 'schedule unpublishing',
    collections: drafted,
    apis: ['rest'],
    allowed: (role) => editorial(role),
    run: async ({ role }, c) => {
      const id = await fresh(c)
      const at = new Date(Date.now() + 3_600_000).toISOString()
      const r = await restCall(role, 'POST', `/${c}/${id}/schedule`, { type: 'unpublish', at })
      return { ok: r.ok, happened: (await jobsOf(c, id)).length > 0 }
    },
  },
  {
    name: 'read the schedule',
    collections: drafted,
    apis: ['rest'],
    allowed: (role) => staff(role),
    run: async ({ role }, c) => {
      const id = await fresh(c)
      await queueEvent(c, id, 'ru')
      const r = await restCall(role, 'GET', `/${c}/${id}/schedule`)
      const events = (r.json.events as unknown[] | undefined) ?? []
      return { ok: r.ok, happened: events.length === 1 }
    },
  },
  ...(['zh', 'ru'] as const).map((locale): Operation => ({
    name: `cancel a scheduled ${locale} publish`,
    collections: drafted,
    apis: ['rest'],
    allowed: (role) => ownLocale(role, locale),
    run: async ({ role }, c) => {
      const id = await fresh(c)
      const job = await queueEvent(c, id, locale)
      const r = await restCall(role, 'DELETE', `/${c}/${id}/schedule/${job}`)
      return { ok: r.ok, happened: (await jobsOf(c, id)).length === 0 }
    },
  })),
  // Payload's jobs collection and endpoints: closed, but for the server's own runner and admins.
  {
    name: 'payload-jobs: read',
    collections: ['guides'],
    allowed: () => false,
    run: async ({ role, api }, c) => {
      const id = await fresh(c)
      await queueEvent(c, id, 'zh')
      let ok: boolean
      let found = 0
      if (api === 'rest') {
        const r = await restCall(role, 'GET', `/payload-jobs?limit=100`)
        ok = r.ok
        found = ((r.json.docs as unknown[] | undefined) ?? []).length
      } else if (api === 'graphql') {
        const r = await gqlCall(role, `{ PayloadJobs { docs { id } } }`)
        ok = r.ok
        const data = r.json.data as { PayloadJobs?: { docs?: unknown[] } } | undefined
        found = data?.PayloadJobs?.docs?.length ?? 0
      } else {
        const r = await localCall(role, (user) =>
          payload.find({ collection: 'payload-jobs', ...asRole(user) }),
        )
        ok = r.ok
        found = r.value?.docs.length ?? 0
      }
      return { ok: ok && found > 0, happened: found > 0 }
    },
  },
  {
    name: 'payload-jobs: create, update, delete',
    collections: ['guides'],
    apis: ['rest', 'local'],
    allowed: () => false,
    run: async ({ role, api }, c) => {
      const id = await fresh(c)
      const job = await queueEvent(c, id, 'zh')
      const input = {
        type: 'unpublish',
        doc: { relationTo: c, value: String(id) },
      }
      const results: boolean[] = []
      if (api === 'rest') {
        results.push(
          (await restCall(role, 'POST', '/payload-jobs', { taskSlug: 'schedulePublish', input }))
            .ok,
          (await restCall(role, 'PATCH', `/payload-jobs/${job}`, { input })).ok,
          (await restCall(role, 'DELETE', `/payload-jobs/${job}`)).ok,
        )
      } else {
        const data = { taskSlug: 'schedulePublish', input } as never
        results.push(
          (
            await localCall(role, (user) =>
              payload.create({ collection: 'payload-jobs', data, ...asRole(user) }),
            )
          ).ok,
          (
            await localCall(role, (user) =>
              payload.update({ collection: 'payload-jobs', id: job, data, ...asRole(user) }),
            )
          ).ok,
          (
            await localCall(role, (user) =>
              payload.delete({ collection: 'payload-jobs', id: job, ...asRole(user) }),
            )
          ).ok,
        )
      }
      const jobs = await jobsOf(c, id)
      const untouched = jobs.length === 1 && jobs[0]?.input?.type === 'publish'
      return { ok: results.some(Boolean), happened: !untouched }
    },
  },
  {
    name: 'payload-jobs: run the queue',
    collections: ['guides'],
    apis: ['rest', 'local'],
    allowed: (role) => role === 'admin',
    run: async ({ role, api }, c) => {
      const id = await fresh(c)
      await queueEvent(c, id, 'zh', new Date(Date.now() - 1000))
      let ok: boolean
      if (api === 'rest') ok = (await restCall(role, 'GET', '/payload-jobs/run?limit=100')).ok
      else {
        const user = role === 'anonymous' ? undefined : users[role]
        const req = await createLocalReq({ user: user as never }, payload)
        ok = (
          await localCall(role, () => payload.jobs.run({ req, overrideAccess: false, limit: 100 }))
        ).ok
      }
      const live = (await stored(c, id, 'zh', false))?.[textField[c]!]
      // A refused run leaves the due event for the next one: clear it.
      await payload.delete({
        collection: 'payload-jobs',
        where: { 'input.doc.value': { equals: String(id) } },
      })
      return { ok, happened: typeof live === 'string' && live.startsWith('草稿') }
    },
  },
  {
    name: 'payload-jobs: queue through the Local API',
    collections: ['guides'],
    apis: ['local'],
    allowed: (role) => role === 'admin',
    run: async ({ role }, c) => {
      const id = await fresh(c)
      const user = role === 'anonymous' ? undefined : users[role]
      const req = await createLocalReq({ user: user as never }, payload)
      const r = await localCall(role, () =>
        payload.jobs.queue({
          task: 'schedulePublish',
          input: { type: 'unpublish', doc: { relationTo: c, value: String(id) } },
          waitUntil: new Date(Date.now() + 3_600_000),
          overrideAccess: false,
          req,
        } as never),
      )
      return { ok: r.ok, happened: (await jobsOf(c, id)).length > 0 }
    },
  },
  {
    // The guides' and FAQs' Feedback panel (a ui field's server component): counts of votes.
    name: 'read feedback totals',
    collections: ['guides', 'faqs'],
    apis: ['local'],
    allowed: staff,
    run: async ({ role }, c) => {
      const id = await fresh(c)
      await payload.create({
        collection: 'votes',
        data: {
          helpful: true,
          locale: 'ru',
          [c === 'guides' ? 'guide' : 'faq']: id,
          voter: `matrix-${id}`,
          client: `matrix-${id}`,
        } as never,
      })
      const { readFeedbackTotals } = await import('../../src/lib/queries/feedbackTotals')
      const user = role === 'anonymous' ? undefined : users[role]
      const req = await createLocalReq({ user: user as never }, payload)
      const r = await localCall(role, () => readFeedbackTotals(req, c as 'guides' | 'faqs', id))
      return { ok: r.ok, happened: r.value?.perLocale.ru.helpful === 1 }
    },
  },
]

type JobRow = { id: number; input?: { locale?: string; type?: string } | null }

/** The schedule jobs of one document, read as the server. */
const jobsOf = async (collection: Collection, id: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { 'input.doc.relationTo': { equals: collection } },
          { 'input.doc.value': { equals: String(id) } },
        ],
      },
      depth: 0,
      pagination: false,
    })
  ).docs as unknown as JobRow[]

/** An editor's scheduled publish of one language (in an hour unless `at`), as the server queues it. */
async function queueEvent(collection: Collection, id: number, locale: Locale, at?: Date) {
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      locale,
      doc: { relationTo: collection, value: String(id) },
      user: { relationTo: 'users', value: users.editor.id },
    },
    waitUntil: at ?? new Date(Date.now() + 3_600_000),
  } as never)
  return (job as unknown as { id: number }).id
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  payload = await bootPayload()
  rest = await import('../../src/app/(payload)/api/[...slug]/route')
  graphqlPost = (await import('../../src/app/(payload)/api/graphql/route')).POST
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3366cc' } })
    .png()
    .toBuffer()
  const accounts: Record<Exclude<Role, 'anonymous'>, Partial<User>> = {
    admin: { role: 'admin' },
    editor: { role: 'editor' },
    translatorRu: { role: 'translator', editableLocales: ['ru'] },
    translatorEn: { role: 'translator', editableLocales: ['en'] },
  }
  for (const [role, extra] of Object.entries(accounts) as [
    Exclude<Role, 'anonymous'>,
    Partial<User>,
  ][]) {
    users[role] = await payload.create({
      collection: 'users',
      data: { email: `${role.toLowerCase()}@matrix.test`, password, ...extra } as User,
    })
    const login = await restCall('anonymous', 'POST', '/users/login', {
      email: users[role].email,
      password,
    })
    tokens[role] = (login.json as { token: string }).token
  }
}, 120_000)
afterAll(async () => {
  await closePayload(payload)
})

describe('access matrix: roles × collections × operations × REST / GraphQL / Local API', () => {
  for (const role of roles) {
    it(`holds for ${role}`, async () => {
      const wrong: string[] = []
      for (const operation of operations) {
        for (const collection of operation.collections) {
          for (const api of operation.apis ?? apis) {
            const expected = operation.allowed(role, collection)
            const outcome = await operation.run({ role, api }, collection)
            if (outcome === 'not applicable') continue
            const { ok, happened } = outcome
            const verdict =
              ok && happened
                ? 'allowed'
                : !ok && !happened
                  ? 'refused'
                  : `answered ${ok ? 'OK' : 'refused'} but ${happened ? 'took effect' : 'did nothing'}`
            if (verdict !== (expected ? 'allowed' : 'refused')) {
              wrong.push(
                `${operation.name} · ${collection} · ${api}: expected ${expected ? 'allowed' : 'refused'}, ${verdict}`,
              )
            }
          }
        }
      }
      expect(wrong).toEqual([])
    }, 300_000)
  }
})
