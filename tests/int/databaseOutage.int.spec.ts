import { execFileSync } from 'node:child_process'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { databaseUnavailableMessage } from '../../src/api/answerDatabaseOutages'
import { apiClient } from '../support/api'
import { bootPayload, closePayload } from '../support/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let token: string
let carrierId: number
let postmaster: number

/** The Postgres server process and its backends, found from a session's own backend. */
async function findPostmaster() {
  const client = new pg.Client(inject('adminUrl'))
  await client.connect()
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
    const ppid = execFileSync('ps', ['-o', 'ppid=', '-p', String(rows[0].pid)], {
      encoding: 'utf8',
    })
    return Number(ppid)
  } finally {
    await client.end()
  }
}

const serverProcesses = () => {
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)], {
    encoding: 'utf8',
  })
  return [postmaster, ...children.split('\n').filter(Boolean).map(Number)]
}

/** Freezes Postgres as an overloaded or paused server does: connections open, nothing answers. */
const signalPostgres = (signal: 'SIGSTOP' | 'SIGCONT') => {
  for (const pid of serverProcesses()) {
    try {
      process.kill(pid, signal)
    } catch {
      // a backend that just ended
    }
  }
}

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  postmaster = await findPostmaster()
  const password = 'correct-horse-battery'
  await payload.create({
    collection: 'users',
    data: { email: 'outage-editor@simatlas.test', password, role: 'editor' } as never,
  })
  token = (
    (await api.post('/users/login', { email: 'outage-editor@simatlas.test', password })).json as {
      token: string
    }
  ).token
  carrierId = (
    await payload.create({
      collection: 'carriers',
      locale: 'zh',
      data: { name: '运营商', slug: 'c', country: 'KZ', autoRenewal: 'unknown', status: 'active' },
    })
  ).id
})
afterAll(async () => {
  if (postmaster) signalPostgres('SIGCONT')
  await closePayload(payload)
})

const timed = async <T>(work: () => Promise<T>) => {
  const started = Date.now()
  const result = await work()
  return { ...result, seconds: (Date.now() - started) / 1000 }
}

describe('with Postgres frozen (SIGSTOP)', () => {
  it('a write, a read and a GraphQL query fail within seconds with a 503, and all works after', async () => {
    const patchRequest = () =>
      new Request(`http://localhost/api/carriers/${carrierId}?locale=zh`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ name: '新名字' }),
      })
    const rest = await import('../../src/app/(payload)/api/[...slug]/route')
    const patch = async () => {
      const response = await rest.PATCH(patchRequest(), {
        params: Promise.resolve({ slug: ['carriers', String(carrierId)] }),
      })
      return {
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        json: await response.json(),
      }
    }
    const graphqlRoute = (await import('../../src/app/(payload)/api/graphql/route')).POST
    const graphql = async () => {
      const response = await graphqlRoute(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ Carriers { docs { name } } }' }),
        }),
      )
      return {
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        json: await response.json(),
      }
    }

    signalPostgres('SIGSTOP')
    let during
    try {
      during = await Promise.all([
        timed(patch),
        timed(async () => await api.get(`/carriers/${carrierId}`)),
        timed(graphql),
      ])
    } finally {
      signalPostgres('SIGCONT')
    }
    const [written, read, queried] = during
    const unavailable = { errors: [{ message: databaseUnavailableMessage }] }
    expect(written).toMatchObject({ status: 503, retryAfter: '5', json: unavailable })
    expect(read).toMatchObject({ status: 503, json: unavailable })
    expect(queried.status).toBe(503)
    expect(queried.retryAfter).toBe('5')
    expect(queried.json.errors[0].message).toBe(databaseUnavailableMessage)
    // The default timeouts: 2 s to connect, 4 s per statement (4.5 s when Postgres is silent).
    for (const each of during) expect(each.seconds).toBeLessThan(8)

    // Nothing was written while it was frozen, and the same write works once it is back.
    const after = await timed(patch)
    expect(after.status).toBe(200)
    expect(after.json.doc.name).toBe('新名字')
    expect(after.seconds).toBeLessThan(5)
  })
})
