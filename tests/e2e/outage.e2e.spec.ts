import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'

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
    // The API's request checks do not hide it either: a valid query is a 500, not a 4xx.
    const read = await fetch(`${baseUrl}/api/guides?where[id][equals]=1`)
    expect(read.status).toBe(500)
    const body = await read.text()
    expect(JSON.parse(body)).toEqual({ errors: [{ message: expect.any(String) }] })
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
