import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { doc, p } from '../support/lexical'
import { apiClient } from '../support/api'
import { createGuide } from '../support/content'
import { oneError, oneErrorLike } from '../support/errorShape'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn } from '../support/staff'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let editorToken: string
let guideId: number

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()

  // The case: a guide links a FAQ and an editor links the FAQ back to the guide.
  const guide = await createGuide(payload, {
    title: '续费指南',
    slug: 'renewal',
    body: doc(p('正文')),
    _status: 'published',
  })
  guideId = guide.id
  const faq = await payload.create({
    collection: 'faqs',
    locale: 'zh',
    data: {
      question: '如何续费？',
      slug: 'how-to-renew',
      topic: 'renewal',
      answer: doc(p('回答')),
      relatedGuides: [guide.id],
      _status: 'published',
    } as never,
  })
  await payload.update({
    collection: 'guides',
    id: guide.id,
    locale: 'zh',
    data: { relatedFaqs: [faq.id], _status: 'published' },
  })

  await createStaff(payload, 'limits-editor@simatlas.test', 'editor')
  editorToken = await signIn('limits-editor@simatlas.test')
})
afterAll(async () => {
  await closePayload(payload)
})

/** `relatedFaqs { relatedGuides { … } }` nested `levels` times, starting from a guide. */
function nestedRelationships(levels: number) {
  const names = Array.from({ length: levels }, (_, i) =>
    i % 2 === 0 ? 'relatedFaqs' : 'relatedGuides',
  )
  const leaf = levels % 2 === 0 ? 'title' : 'question'
  return names.reduceRight((inner, name) => `${name} { ${inner} }`, leaf)
}

const graphql = async (query: string, variables?: Record<string, unknown>) => {
  const response = await api.graphqlRequest(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }),
  )
  return { status: response.status, json: await response.json() }
}

describe('GraphQL', () => {
  it('refuses relationships nested 25 levels deep (guide ↔ FAQ) with a 400, at once', async () => {
    const started = Date.now()
    const { status, json } = await graphql(
      `{ Guides(limit: 10) { docs { ${nestedRelationships(25)} } } }`,
    )
    expect(status).toBe(400)
    expect(json.errors).toHaveLength(1)
    expect(json.errors[0].message).toMatch(/nested more than 8 levels deep/)
    expect(json.data).toBeUndefined()
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('still answers the ordinary queries: a list with related documents two levels down', async () => {
    const { status, json } = await graphql(`
      {
        Guides(limit: 10) {
          totalDocs
          docs {
            title
            relatedFaqs {
              question
              relatedGuides {
                id
                title
              }
            }
          }
        }
      }
    `)
    expect(status).toBe(200)
    expect(json.errors).toBeUndefined()
    expect(json.data.Guides.docs[0]).toEqual({
      title: '续费指南',
      relatedFaqs: [
        { question: '如何续费？', relatedGuides: [{ id: guideId, title: '续费指南' }] },
      ],
    })
    const one = await graphql(
      `
        query ($id: Int!) {
          Guide(id: $id) {
            title
          }
        }
      `,
      { id: guideId },
    )
    expect(one).toEqual({ status: 200, json: { data: { Guide: { title: '续费指南' } } } })
  })

  it('counts fan-out: shallow but wide relationship nesting is refused', async () => {
    // Depth 6 fits the depth limit; each hop may return many documents.
    const { status, json } = await graphql(`
      {
        Guides(limit: 100) {
          docs {
            relatedFaqs {
              relatedGuides {
                relatedFaqs {
                  question
                }
              }
            }
          }
        }
      }
    `)
    expect(status).toBe(400)
    expect(json).toEqual(oneErrorLike(/asks for more than 20,000 values/))
  })

  it('counts aliases repeating an expensive field', async () => {
    // Within the top-level field limit: each alias costs 100 guides with their related FAQs.
    const aliases = Array.from(
      { length: 20 },
      (_, i) => `a${i}: Guides(limit: 100) { docs { relatedFaqs { question } } }`,
    ).join(' ')
    const { status, json } = await graphql(`{ ${aliases} }`)
    expect(status).toBe(400)
    expect(json).toEqual(oneErrorLike(/asks for more than 20,000 values/))
  })

  it('counts a large limit, given inline or as a variable', async () => {
    const inline = await graphql('{ Guides(limit: 1000000) { docs { title } } }')
    expect(inline.status).toBe(400)
    const variable = await graphql('query ($n: Int) { Guides(limit: $n) { docs { title } } }', {
      n: 1_000_000,
    })
    expect(variable.status).toBe(400)
    expect(variable.json).toEqual(oneErrorLike(/asks for more than 20,000 values/))
  })

  it('sees through fragments, nested and repeated', async () => {
    const deep = await graphql(`
      fragment G on Guide {
        relatedFaqs {
          ...F
        }
      }
      fragment F on Faq {
        relatedGuides {
          relatedFaqs {
            relatedGuides {
              relatedFaqs {
                relatedGuides {
                  relatedFaqs {
                    question
                  }
                }
              }
            }
          }
        }
      }
      {
        Guides {
          docs {
            ...G
          }
        }
      }
    `)
    expect(deep.status).toBe(400)
    expect(deep.json.errors[0].message).toMatch(/nested more than 8 levels deep/)

    // Each fragment spreads the next one ten times: 10^6 copies of a field, written in a few lines.
    const levels = ['A', 'B', 'C', 'D', 'E', 'F']
    const fragments = levels.map((name, i) => {
      const next = levels[i + 1]
      const body = next
        ? Array.from({ length: 10 }, (_, j) => `x${j}: relatedFaqs { ...${next} }`).join(' ')
        : 'question'
      return `fragment ${name} on ${i % 2 === 0 ? 'Guide' : 'Faq'} { ${i % 2 === 0 ? body : body.replace(/relatedFaqs/g, 'relatedGuides')} }`
    })
    const started = Date.now()
    const bomb = await graphql(`
      ${fragments.join('\n')}
      {
        Guides(limit: 1) {
          docs {
            ...A
          }
        }
      }
    `)
    expect(bomb.status).toBe(400)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('refuses a document of more than 20,000 tokens with a 400, and is quick about large ones', async () => {
    const aliases = (count: number, field: string) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`
    let started = Date.now()
    const huge = await graphql(aliases(100_000, '__typename')) // ~1.5 MB
    expect(huge.status).toBe(400)
    expect(huge.json).toEqual(oneError(/more than 20,000 tokens/))
    expect(Date.now() - started).toBeLessThan(2000)

    // Just under the limit, and the worst case for GraphQL's own rules: one name many times.
    const same = `{ ${'a: Guides { totalDocs } '.repeat(3000)} }`
    started = Date.now()
    const refused = await graphql(same)
    expect(refused.status).toBe(400)
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('answers a body beyond 2 MB with a 413 before parsing it', async () => {
    const query = `{ Guides { docs { title } } } # ${'x'.repeat(2 * 1024 * 1024)}`
    const { status, json } = await graphql(query)
    expect(status).toBe(413)
    expect(json).toEqual(oneError(/A request body may be at most 2 MB/))
  })
})

describe('REST', () => {
  it('refuses a depth beyond 3 with a 400, and answers depth 3', async () => {
    const deep = await api.get(`/guides/${guideId}?depth=25`)
    expect(deep.status).toBe(400)
    expect(deep.json).toEqual(oneError(/"depth" may be at most 3, not 25/))
    const list = await api.get('/guides?depth=11')
    expect(list.status).toBe(400)

    const ok = await api.get(`/guides/${guideId}?depth=3`)
    expect(ok.status).toBe(200)
    expect(ok.json.relatedFaqs[0].relatedGuides[0].relatedFaqs[0].question).toBe('如何续费？')
  })

  it('refuses an anonymous limit beyond 100, or 0 (no limit), with a 400', async () => {
    const huge = await api.get('/guides?limit=1000000')
    expect(huge.status).toBe(400)
    expect(huge.json).toEqual(oneError(/"limit" must be from 1 to 100, not 1000000/))
    const none = await api.get('/faqs?limit=0')
    expect(none.status).toBe(400)
    expect(none.json).toEqual(oneError(/0, no limit, is for signed-in users/))
    expect((await api.get('/guides?limit=100&depth=1')).status).toBe(200)
  })

  it('refuses an anonymous read whose related documents could come to more than 5,000', async () => {
    // 100 documents at Payload's default depth 2: each level counts 10 related documents.
    const wide = await api.get('/guides?limit=100')
    expect(wide.status).toBe(400)
    expect(wide.json).toEqual(
      oneError(/"limit" 100 with "depth" 2 could come to 10,000 documents .* lower "depth"/),
    )
    expect((await api.get('/guides?limit=6&depth=3')).status).toBe(400)
    expect((await api.get('/guides?limit=50')).status).toBe(200)
    expect((await api.get(`/guides/${guideId}?depth=3`)).status).toBe(200)
  })

  it('lets the signed-in admin ask for every document (bulk edits, relationship fields)', async () => {
    const all = await api.get('/guides?limit=0&depth=0', editorToken)
    expect(all.status).toBe(200)
    expect(all.json.totalDocs).toBe(1)
    expect((await api.get('/guides?limit=500', editorToken)).status).toBe(200)
  })

  const bigJson = () =>
    JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024 + 10), slug: 'big', country: 'KZ' })

  it('answers a JSON body beyond 2 MB with a 413, by Content-Length', async () => {
    const body = bigJson()
    const response = await api.rest(
      new Request('http://localhost/api/carriers', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          authorization: `JWT ${editorToken}`,
        },
        body,
      }),
    )
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual(oneError(/A request body may be at most 2 MB/))
    expect(await payload.count({ collection: 'carriers' })).toEqual({ totalDocs: 0 })
  })

  it('answers a chunked body (no Content-Length) beyond 2 MB with a 413', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Endless: the guard must stop reading on its own.
        sent += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const response = await api.rest(
      new Request('http://localhost/api/carriers', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    )
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual(oneError(/at most 2 MB/))
    expect(sent).toBeLessThan(3 * 1024 * 1024)
  })

  it('still takes an ordinary JSON body, chunked or not', async () => {
    const body = JSON.stringify({
      name: '运营商',
      slug: 'carrier-ok',
      country: 'KZ',
      autoRenewal: 'unknown',
      status: 'active',
    })
    const response = await api.rest(
      new Request('http://localhost/api/carriers?locale=zh', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
        body: new Blob([body]).stream(),
        duplex: 'half',
      } as RequestInit),
    )
    expect(response.status).toBe(201)
    expect((await response.json()).doc.name).toBe('运营商')
  })

  const upload = (bytes: number) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'big.png')
    form.append('_payload', JSON.stringify({ alt: 'big' }))
    return api.rest(
      new Request('http://localhost/api/media', {
        method: 'POST',
        headers: { authorization: `JWT ${editorToken}` },
        body: form,
      }),
    )
  }

  it('answers an upload beyond 10 MB with a 413', async () => {
    // Beyond the file limit but within the request limit: Payload's own upload limit answers.
    const overFile = await upload(10 * 1024 * 1024 + 1)
    expect(overFile.status).toBe(413)
    expect(await overFile.json()).toEqual(oneErrorLike(/File size limit has been reached/))
    // Beyond both: refused before it is read.
    const overRequest = await upload(13 * 1024 * 1024)
    expect(overRequest.status).toBe(413)
    expect(await overRequest.json()).toEqual(oneError(/An upload may be at most 12 MB/))
    expect(await payload.count({ collection: 'media' })).toEqual({ totalDocs: 0 })
  })
})

describe('GraphQL: queries per operation', () => {
  const aliases = (count: number, field = 'Guides(limit: 1) { docs { id } }') =>
    Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')

  it('refuses more than 20 top-level fields (the probe: 330 one-guide finds) with a 400, at once', async () => {
    const started = Date.now()
    const { status, json } = await graphql(`{ ${aliases(330)} }`)
    expect(status).toBe(400)
    expect(json.errors).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(/more than 20 top-level fields .* at most 20 are allowed/),
      }),
    )
    expect(json.data).toBeUndefined()
    expect(Date.now() - started).toBeLessThan(2000)
    expect((await graphql(`{ ${aliases(21)} }`)).status).toBe(400)
  })

  it('counts top-level fields in fragments and inline fragments', async () => {
    const viaFragments = await graphql(`
      fragment Ten on Query { ${aliases(10)} }
      query { ...Ten ... on Query { b: Guides(limit: 1) { totalDocs } } c: Faqs { totalDocs } }
    `)
    expect(viaFragments.status).toBe(200)
    const overFragments = await graphql(`
      fragment Ten on Query { ${aliases(10)} }
      query { ...Ten ... on Query { ...Ten } c: Faqs { totalDocs } }
    `)
    expect(overFragments.status).toBe(400)
    expect(overFragments.json).toEqual(oneErrorLike(/more than 20 top-level fields/))
  })

  it('answers 20 top-level fields', async () => {
    const { status, json } = await graphql(`{ ${aliases(20)} }`)
    expect(status).toBe(200)
    expect(json.data.a19.docs).toEqual([{ id: guideId }])
  })

  it("reads a variable's default value as the query will (limit 100 by default)", async () => {
    const query = (limit: string) => `
      query ($l: Int = ${limit}) {
        Guides(limit: $l) { docs { relatedFaqs { relatedGuides { id } } } }
      }
    `
    const byDefault = await graphql(query('100'))
    expect(byDefault.status).toBe(400)
    expect(byDefault.json).toEqual(oneErrorLike(/asks for more than 20,000 values/))
    // The value sent wins over the default.
    expect((await graphql(query('100'), { l: 1 })).status).toBe(200)
    expect((await graphql(query('10'))).status).toBe(200)
  })
})

describe('where size', () => {
  const conditions = (count: number, path = 'title', operator = 'like') =>
    Array.from({ length: count }, (_, i) => `where[or][${i}][${path}][${operator}]=x${i}`).join('&')
  const ids = (count: number, operator = 'in', prefix = 'where[id]') =>
    Array.from({ length: count }, (_, i) => `${prefix}[${operator}][${i}]=${i + 1}`).join('&')

  /** A GET sent as a form body, as the admin's relationship fields do. */
  const overridden = async (path: string, body: string, token?: string) => {
    const response = await api.rest(
      new Request(`http://localhost/api${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-payload-http-method-override': 'GET',
          ...(token ? { authorization: `JWT ${token}` } : {}),
        },
        body,
      }),
    )
    return { status: response.status, json: await response.json() }
  }

  it('refuses an anonymous where of more than 20 conditions with a 400, and answers 20', async () => {
    const over = await api.get(`/guides?depth=0&limit=1&${conditions(21)}`)
    expect(over.status).toBe(400)
    expect(over.json).toEqual(oneError(/where has more than 20 conditions; at most 20 are allowed/))
    const atLimit = await api.get(`/guides?depth=0&limit=1&${conditions(20)}`)
    expect(atLimit.status).toBe(200)
  })

  it('refuses the probe: 200 conditions on a relationship path, at once, and in a form body', async () => {
    const started = Date.now()
    const probe = await api.get(
      `/guides?depth=0&limit=1&${conditions(200, 'relatedFaqs.question')}`,
    )
    expect(probe.status).toBe(400)
    expect(probe.json).toEqual(
      oneError(/more than 3 conditions on related documents \(such as relatedFaqs.question\)/),
    )
    expect(Date.now() - started).toBeLessThan(1000)
    const body = await overridden('/guides', `depth=0&limit=1&${conditions(1000)}`)
    expect(body.status).toBe(400)
    expect(body.json).toEqual(oneError(/more than 20 conditions/))
    // A hasMany relationship joins its table too, whatever follows it.
    expect(
      (await api.get(`/guides?depth=0&${conditions(4, 'relatedFaqs', 'equals')}`)).status,
    ).toBe(400)
    const three = await api.get(`/guides?depth=0&${conditions(3, 'relatedFaqs.question')}`)
    expect(three.status).toBe(200)
  })

  it('caps signed-in users too: 100 conditions, 10 on related documents', async () => {
    const many = await api.get(`/guides?depth=0&${conditions(101)}`, editorToken)
    expect(many.status).toBe(400)
    expect(many.json).toEqual(oneError(/more than 100 conditions/))
    const related = await api.get(
      `/faqs?depth=0&${conditions(11, 'relatedGuides.title')}`,
      editorToken,
    )
    expect(related.status).toBe(400)
    expect((await api.get(`/guides?depth=0&${conditions(100)}`, editorToken)).status).toBe(200)
    const started = Date.now()
    expect(
      (await api.get(`/faqs?depth=0&${conditions(10, 'relatedGuides.title')}`, editorToken)).status,
    ).toBe(200)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('refuses conditions nested more than 8 levels deep (a JSON where)', async () => {
    let where: object = { title: { equals: 'x' } }
    for (let i = 0; i < 9; i++) where = { and: [where] }
    const deep = await api.get(`/guides?where=${encodeURIComponent(JSON.stringify(where))}`)
    expect(deep.status).toBe(400)
    expect(deep.json).toEqual(oneError(/nests conditions more than 8 levels deep/))
    // Deeper than JSON.stringify goes: checking it must not exhaust the server's stack either.
    const deeper = `${'{"or":['.repeat(30_000)}{}${']}'.repeat(30_000)}`
    const refused = await overridden('/guides', `where=${encodeURIComponent(deeper)}`)
    expect(refused.status).toBe(400)
  })

  /** A refused GraphQL field: an error with status 400 and the message, and no data. */
  const refusedField = (name: string, message: RegExp) => ({
    errors: [
      expect.objectContaining({
        message: expect.stringMatching(message),
        extensions: expect.objectContaining({ statusCode: 400 }),
      }),
    ],
    data: { [name]: null },
  })

  it('counts GraphQL where arguments the same way', async () => {
    const or = (count: number) =>
      Array.from({ length: count }, (_, i) => `{ title: { like: "x${i}" } }`).join(' ')
    const over = await graphql(`{ Guides(where: { OR: [${or(21)}] }) { totalDocs } }`)
    expect(over.json).toEqual(refusedField('Guides', /where has more than 20 conditions/))
    const atLimit = await graphql(`{ Guides(where: { OR: [${or(20)}] }) { totalDocs } }`)
    expect(atLimit.json).toEqual({ data: { Guides: { totalDocs: 0 } } })
  })

  it('refuses an `in` list too long for the client with a 400 "list too long", not a 503', async () => {
    const anonymous = await api.get(`/guides?depth=0&${ids(101)}`)
    expect(anonymous.status).toBe(400)
    expect(anonymous.json).toEqual(
      oneError(/where\[id\]\[in\]: the list is too long \(101 values\); at most 100/),
    )
    expect((await api.get(`/guides?depth=0&${ids(100, 'not_in')}`)).status).toBe(200)

    // The probe: 70,000 ids, more than Postgres takes as bind parameters in one statement.
    const list = Array.from({ length: 70_000 }, (_, i) => i + 1).join(',')
    for (const token of [undefined, editorToken]) {
      const huge = await overridden('/guides', `depth=0&where[id][in]=${list}`, token)
      expect(huge.status).toBe(400)
      expect(huge.json).toEqual(oneError(/the list is too long \(70,000 values\)/))
    }
    const variables = await graphql(
      'query ($ids: [String]) { Guides(where: { title: { in: $ids } }) { totalDocs } }',
      { ids: list.split(',') },
    )
    expect(variables.json).toEqual(refusedField('Guides', /the list is too long \(70,000 values\)/))

    const signedIn = await api.get(
      `/guides?depth=0&where[id][in]=${list.slice(0, list.indexOf(',1002,'))}`,
      editorToken,
    )
    expect(signedIn.status).toBe(400)
    expect(signedIn.json).toEqual(oneError(/\(1,001 values\); at most 1,000/))
  })

  it("still answers the admin's own queries: list search, a page of selected rows, relationship fields", async () => {
    const search = await api.get(
      '/guides?depth=0&draft=true&limit=10&page=1&sort=-updatedAt&where[or][0][and][0][title][like]=续费',
      editorToken,
    )
    expect(search).toMatchObject({ status: 200, json: { totalDocs: 1 } })
    // Bulk actions on a page of 100 selected rows.
    const selected = await api.get(
      `/guides?depth=0&limit=0&${ids(100, 'in', 'where[and][0][id]')}`,
      editorToken,
    )
    expect(selected).toMatchObject({ status: 200, json: { totalDocs: 1 } })
    // A relationship field loading the labels of its values, and its drawer leaving them out.
    const labels = await overridden(
      '/faqs',
      `depth=0&draft=true&limit=1000&select[question]=true&${ids(1000)}`,
      editorToken,
    )
    expect(labels).toMatchObject({ status: 200, json: { totalDocs: 1 } })
    const drawer = await overridden(
      '/guides',
      `depth=0&limit=10&${ids(50, 'not_in', 'where[and][0][id]').replace(/=(\d+)/g, '=1$1')}&where[and][1][title][like]=续`,
      editorToken,
    )
    expect(drawer).toMatchObject({ status: 200, json: { totalDocs: 1 } })
    // An anonymous reader's filtered list, within its limits.
    const reader = await api.get(
      `/guides?depth=1&limit=10&where[and][0][topic][equals]=renewal&where[and][1][relatedFaqs.question][like]=续费&${ids(100, 'in', 'where[and][2][id]')}`,
    )
    expect(reader).toMatchObject({ status: 200, json: { totalDocs: 1 } })
  })
})

describe('sort size', () => {
  it('refuses the probe: hundreds of sort paths into related documents, at once', async () => {
    const paths = Array.from({ length: 250 }, () => 'relatedFaqs.question,-relatedCarriers.name')
    const started = Date.now()
    const many = await api.get(`/guides?depth=0&limit=1&sort=${paths.join(',')}`)
    expect(many.status).toBe(400)
    expect(many.json).toEqual(oneError(/"sort" may name at most 3 fields/))
    expect(Date.now() - started).toBeLessThan(1000)
    // Signed in, more fields, but not without end.
    const signedIn = await api.get(`/guides?depth=0&limit=1&sort=${paths.join(',')}`, editorToken)
    expect(signedIn.json).toEqual(oneError(/at most 10 fields/))
  })

  it('refuses the same field twice (a 500 from Postgres before) and more than one related path anonymously', async () => {
    const twice = await api.get('/guides?depth=0&limit=1&sort=relatedFaqs.slug,relatedFaqs.slug')
    expect(twice.status).toBe(400)
    expect(twice.json).toEqual(oneError(/names "relatedFaqs.slug" twice/))
    const mixed = await api.get(
      '/guides?depth=0&sort=relatedFaqs.order,-relatedFaqs.order',
      editorToken,
    )
    expect(mixed.json).toEqual(oneError(/twice/))
    const nested = await api.get('/guides?depth=0&sort=relatedFaqs.slug,relatedCarriers.name')
    expect(nested.json).toEqual(oneError(/at most 1 dotted path/))
    const joinSort = await api.get(
      '/guides?depth=0&joins[feedback][sort]=guide.slug,guide.slug',
      editorToken,
    )
    expect(joinSort.json).toEqual(oneError(/joins\[feedback\]\[sort\]" names "guide.slug" twice/))
    const viaGraphql = await graphql(
      '{ Guides(sort: "relatedFaqs.slug,relatedFaqs.slug") { totalDocs } }',
    )
    expect(viaGraphql.json).toEqual({
      errors: [
        expect.objectContaining({
          message: expect.stringMatching(/twice/),
          extensions: expect.objectContaining({ statusCode: 400 }),
        }),
      ],
      data: { Guides: null },
    })
  })

  it('answers the sorts readers and the admin use', async () => {
    expect((await api.get('/guides?depth=0&sort=-updatedAt')).status).toBe(200)
    expect((await api.get('/guides?depth=0&sort=topic,-title')).status).toBe(200)
    expect((await api.get('/guides?depth=0&sort=relatedFaqs.order')).status).toBe(200)
    expect((await api.get('/guides/versions?depth=0&sort=-updatedAt', editorToken)).status).toBe(
      200,
    )
  })
})
