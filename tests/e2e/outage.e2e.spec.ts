import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { postmasterOf, signalPostgres } from '../support/processes'
import { restClientFor } from '../support/restClient'

const baseUrl = inject('baseUrl')
const database = inject('e2eDatabase')

async function admin(sql: string) {
  const client = new pg.Client(inject('e2eAdminUrl'))
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

const outage = async (on: boolean) => {
  await admin(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS ${on ? 'false' : 'true'}`)
  if (on)
    await admin(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}'`,
    )
}

const get = async (path: string) => {
  const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' })
  return { status: response.status, html: await response.text() }
}

afterAll(() => outage(false))

describe('while the database is unreachable', () => {
  it('pages fail with an error page, nothing is cached as a 404, and all is well once it is back', async () => {
    // Pages nobody has requested yet (links elsewhere get prefetched into the cache), new on
    // every run: Next keeps its page cache on disk between runs of the same build.
    const run = Date.now().toString(36)
    const probe = `/en/guides/outage-probe-${run}`
    const api = await restClientFor(baseUrl, 'editor@simatlas.test')
    const { doc: carrier } = await api('POST', '/carriers?locale=zh', {
      name: '故障测试运营商',
      slug: `outage-carrier-${run}`,
      country: 'KZ',
      autoRenewal: 'unknown',
      status: 'active',
      // Carriers have drafts (issue 11): published at once.
      _status: 'published',
    })
    const page = `/zh/carriers/outage-carrier-${run}`

    await outage(true)
    const missing = await get(probe)
    const uncached = await get(page)
    // An unknown slug cannot be told from an outage: it must not become a (cacheable) 404.
    expect(missing.status).toBe(500)
    expect(uncached.status).toBe(500)
    expect(uncached.html).not.toMatch(/<h1[^>]*>找不到页面/)
    expect(uncached.html).not.toMatch(/at .*\.js:\d+/) // no stack trace
    expect((await get(page)).status).toBe(500)
    // The API's request checks do not hide it either: a valid query is a 503 (try again), not a
    // 4xx, and not the 500 of a bug.
    const read = await fetch(`${baseUrl}/api/guides?where[id][equals]=1`)
    expect(read.status).toBe(503)
    expect(read.headers.get('retry-after')).toBe('5')
    const body = await read.text()
    expect(JSON.parse(body)).toEqual({
      errors: [{ message: expect.stringMatching(/temporarily unavailable/) }],
    })
    expect(body).not.toMatch(/select|query|stack/i) // no SQL, no stack trace
    // The server itself survived losing its connections.
    expect((await get('/status')).status).toBe(200)

    await outage(false)
    let back = await get(page)
    for (let i = 0; i < 5 && back.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      back = await get(page)
    }
    expect(back.status).toBe(200)
    expect(back.html).toContain('故障测试运营商')
    await api('DELETE', `/carriers/${carrier.id}`)
    expect((await get(probe)).status).toBe(404)
  })
})

describe('while Postgres is frozen (SIGSTOP: connections open, nothing answers)', () => {
  it('an uncached page and a write fail within seconds, and both work once it answers again', async () => {
    const run = Date.now().toString(36)
    const api = await restClientFor(baseUrl, 'editor@simatlas.test')
    const { doc: carrier } = await api('POST', '/carriers?locale=zh', {
      name: '冻结测试运营商',
      slug: `frozen-carrier-${run}`,
      country: 'KZ',
      autoRenewal: 'unknown',
      status: 'active',
      // Carriers have drafts (issue 11): published at once.
      _status: 'published',
    })
    const page = `/zh/carriers/frozen-carrier-${run}`
    const { token } = (await (
      await fetch(`${baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'editor@simatlas.test', password: 'simatlas-demo' }),
      })
    ).json()) as { token: string }
    const patch = () =>
      fetch(`${baseUrl}/api/carriers/${carrier.id}?locale=zh`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ name: '解冻后的名字' }),
      })
    const timed = async (work: () => Promise<Response>) => {
      const started = Date.now()
      const response = await work()
      return { status: response.status, text: await response.text(), ms: Date.now() - started }
    }

    const postmaster = await postmasterOf(inject('e2eAdminUrl'))
    signalPostgres(postmaster, 'SIGSTOP')
    let during
    try {
      during = await Promise.all([timed(() => fetch(`${baseUrl}${page}`)), timed(patch)])
    } finally {
      signalPostgres(postmaster, 'SIGCONT')
    }
    const [uncached, written] = during
    expect(uncached.status).toBe(500)
    expect(uncached.text).not.toContain('冻结测试运营商')
    expect(written.status).toBe(503)
    expect(JSON.parse(written.text)).toEqual({
      errors: [{ message: expect.stringMatching(/temporarily unavailable/) }],
    })
    for (const each of during) expect(each.ms).toBeLessThan(10_000)

    expect((await patch()).status).toBe(200)
    let back = await get(page)
    for (let i = 0; i < 5 && back.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      back = await get(page)
    }
    expect(back.status).toBe(200)
    expect(back.html).toContain('解冻后的名字')
    await api('DELETE', `/carriers/${carrier.id}`)
  })
})
