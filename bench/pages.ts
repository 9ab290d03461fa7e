/**
 * npm run bench:pages — how much a guide page costs compared with the cheapest page Next serves,
 * all measured in one run on this machine (ratios, since absolute numbers are noisy here).
 *
 * 1. Throughput (autocannon) of a cached guide page ÷ the app's fully static /status page
 *    (goal ≥ 0.9), and ÷ the same HTML bytes from a minimal Node server (context). Targets are
 *    measured in turn for several rounds and the median of each is reported.
 *    The bare server also serves /status's bytes, which gives what the extra bytes of a guide
 *    alone cost here (socket writes, the client reading them): the best guide ÷ static ratio
 *    possible if Next did exactly the same work for both pages. Next also hashes the whole HTML
 *    for an ETag on every cached response: that is timed with Next's own function.
 * 2. Client JavaScript (gzipped) of the guide page minus that of /status (goal ≤ 15 KiB).
 * 3. SQL statements one uncached guide render issues, from pg_stat_statements (goal ≤ 4).
 */
import autocannon from 'autocannon'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { gzipSync } from 'node:zlib'
import { generateETag } from 'next/dist/server/lib/etag'

import { startApp } from '../tests/support/app'
import { startTestDatabase } from '../tests/support/testDatabase'

const seconds = Number(process.env.BENCH_SECONDS || 5)
const rounds = Number(process.env.BENCH_ROUNDS || 3)
const connections = Number(process.env.BENCH_CONNECTIONS || 16)
const guidePath = '/en/guides/renew-tourist-sim-kazakhstan'

async function throughput(url: string) {
  const result = await autocannon({ url, connections, duration: seconds })
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return result.requests.average
}

/** Microseconds Next's ETag (FNV-1a over the whole HTML string) takes for one response. */
function etagMicroseconds(html: string) {
  const iterations = 2000
  for (let i = 0; i < 200; i++) generateETag(html)
  const start = process.hrtime.bigint()
  for (let i = 0; i < iterations; i++) generateETag(html)
  return Number(process.hrtime.bigint() - start) / 1000 / iterations
}

async function clientJsBytes(baseUrl: string, path: string) {
  const html = await (await fetch(baseUrl + path)).text()
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1])
  let total = 0
  for (const src of new Set(sources)) {
    total += gzipSync(Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer())).length
  }
  return { total, files: sources.length }
}

async function main() {
  const db = await startTestDatabase('simatlas_bench', [
    '-c',
    'shared_preload_libraries=pg_stat_statements',
  ])
  const app = await startApp(db.url, { quiet: true })
  const sql = new pg.Client(db.url)
  await sql.connect()
  await sql.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
  try {
    const { baseUrl } = app
    // Warm both pages into Next's cache.
    for (const path of [guidePath, guidePath, '/status', '/status']) await fetch(baseUrl + path)

    // 3. SQL of one uncached render: expire the guide's cache through the API, then count.
    const login = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@simatlas.test', password: 'simatlas-demo' }),
    })
    const { token } = (await login.json()) as { token: string }
    const { docs } = (await (
      await fetch(
        `${baseUrl}/api/guides?where[slug][equals]=renew-tourist-sim-kazakhstan&locale=en`,
      )
    ).json()) as {
      docs: { id: number; factsVerifiedOn: string | null }[]
    }
    await fetch(`${baseUrl}/api/guides/${docs[0].id}?locale=en`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ _status: 'published' }),
    })
    await sql.query('SELECT pg_stat_statements_reset()')
    const render = await fetch(baseUrl + guidePath)
    if (render.headers.get('x-nextjs-cache') === 'HIT')
      throw new Error('the guide render was not uncached')
    const { rows } = await sql.query(
      `SELECT coalesce(sum(calls), 0)::int AS statements FROM pg_stat_statements s
       JOIN pg_database d ON d.oid = s.dbid
       WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat_statements%'`,
    )
    const statements = rows[0].statements as number
    if (process.env.BENCH_SQL) {
      const detail = await sql.query(
        `SELECT calls, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query FROM pg_stat_statements s
         JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat_statements%'`,
      )
      console.table(detail.rows)
    }

    // 2. Client JavaScript.
    const guideJs = await clientJsBytes(baseUrl, guidePath)
    const staticJs = await clientJsBytes(baseUrl, '/status')

    // 1. Throughput, with a bare Node server serving the same bytes as the floor of what HTTP
    //    costs here.
    const guideHtml = Buffer.from(await (await fetch(baseUrl + guidePath)).arrayBuffer())
    const staticHtml = Buffer.from(await (await fetch(baseUrl + '/status')).arrayBuffer())
    const bare = http.createServer((req, res) => {
      const body = req.url === '/guide' ? guideHtml : staticHtml
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': body.length,
      })
      res.end(body)
    })
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve))
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`

    const targets = {
      static: baseUrl + '/status',
      guide: baseUrl + guidePath,
      bareStatic: bareUrl + '/status',
      bareGuide: bareUrl + '/guide',
    }
    const samples: Record<keyof typeof targets, number[]> = {
      static: [],
      guide: [],
      bareStatic: [],
      bareGuide: [],
    }
    for (let round = 0; round < rounds; round++) {
      for (const key of Object.keys(targets) as (keyof typeof targets)[]) {
        samples[key].push(await throughput(targets[key]))
      }
    }
    bare.close()
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]
    const staticRps = median(samples.static)
    const guideRps = median(samples.guide)
    const bareStaticRps = median(samples.bareStatic)
    const bareGuideRps = median(samples.bareGuide)
    // Seconds per request of /status, plus what the guide's extra bytes cost on the bare server.
    const bytesOnlyGuideRps = 1 / (1 / staticRps + 1 / bareGuideRps - 1 / bareStaticRps)
    const etagGuideUs = etagMicroseconds(guideHtml.toString('utf8'))
    const etagStaticUs = etagMicroseconds(staticHtml.toString('utf8'))
    const bytesAndEtagGuideRps =
      1 / (1 / bytesOnlyGuideRps + (etagGuideUs - etagStaticUs) / 1_000_000)
    const perRound = (key: keyof typeof targets) => samples[key].map((v) => v.toFixed(0)).join(', ')

    const kib = (bytes: number) => (bytes / 1024).toFixed(1)
    const report = [
      `pages benchmark (${rounds} rounds × ${seconds} s per target, ${connections} connections, medians)`,
      `  /status (fully static, ${kib(staticHtml.length)} KiB)   ${staticRps.toFixed(0)} req/s   [${perRound('static')}]`,
      `  guide (cached, ${kib(guideHtml.length)} KiB)          ${guideRps.toFixed(0)} req/s   [${perRound('guide')}]`,
      `  bare Node, /status bytes        ${bareStaticRps.toFixed(0)} req/s   [${perRound('bareStatic')}]`,
      `  bare Node, guide bytes          ${bareGuideRps.toFixed(0)} req/s   [${perRound('bareGuide')}]`,
      `  guide ÷ static page             ${(guideRps / staticRps).toFixed(2)}   (goal ≥ 0.9)`,
      `    best possible from bytes alone ${(bytesOnlyGuideRps / staticRps).toFixed(2)}   (the same Next work for both pages)`,
      `    … and Next's ETag hash       ${(bytesAndEtagGuideRps / staticRps).toFixed(2)}   (ETag: guide ${etagGuideUs.toFixed(0)} µs, static ${etagStaticUs.toFixed(0)} µs per response)`,
      `  guide ÷ bare Node server        ${(guideRps / bareGuideRps).toFixed(3)}`,
      `  client JS, gzipped: guide ${kib(guideJs.total)} KiB (${guideJs.files} files), static ${kib(staticJs.total)} KiB (${staticJs.files} files)`,
      `  client JS guide − static        ${kib(guideJs.total - staticJs.total)} KiB   (goal ≤ 15 KiB)`,
      `  SQL statements, uncached render ${statements}   (goal ≤ 4)`,
    ]
    console.log(report.join('\n'))
  } finally {
    await sql.end()
    await app.stop()
    await db.dispose()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
