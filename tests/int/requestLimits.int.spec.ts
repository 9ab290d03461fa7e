import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { doc, p } from '../../src/seed/lexical'
import { apiClient } from '../support/api'
import { bootPayload, closePayload } from '../support/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let restPost: (request: Request) => Promise<Response>
let graphqlPost: (request: Request) => Promise<Response>
let editorToken: string
let guideId: number

const oneError = (message: RegExp) => ({ errors: [{ message: expect.stringMatching(message) }] })
/** One error with that message, in GraphQL's shape (or Payload's, with its name and data). */
const oneErrorLike = (message: RegExp) => ({
  errors: [expect.objectContaining({ message: expect.stringMatching(message) })],
})

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  const rest = await import('../../src/app/(payload)/api/[...slug]/route')
  restPost = (request) =>
    rest.POST(request, {
      params: Promise.resolve({ slug: new URL(request.url).pathname.split('/').slice(2) }),
    })
  graphqlPost = (await import('../../src/app/(payload)/api/graphql/route')).POST

  // The case: a guide links a FAQ and an editor links the FAQ back to the guide.
  const guide = await payload.create({
    collection: 'guides',
    locale: 'zh',
    data: {
      title: '续费指南',
      slug: 'renewal',
      topic: 'renewal',
      country: 'KZ',
      body: doc(p('正文')),
      _status: 'published',
    },
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

  const password = 'correct-horse-battery'
  await payload.create({
    collection: 'users',
    data: { email: 'limits-editor@simatlas.test', password, role: 'editor' } as never,
  })
  editorToken = (
    (await api.post('/users/login', { email: 'limits-editor@simatlas.test', password })).json as {
      token: string
    }
  ).token
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
  const response = await graphqlPost(
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
    const aliases = Array.from(
      { length: 200 },
      (_, i) => `a${i}: Guides(limit: 100) { docs { title } }`,
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
    const response = await restPost(
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
    const response = await restPost(
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
    const response = await restPost(
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
    return restPost(
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
