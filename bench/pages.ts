/**
 * npm run bench:pages — how much a guide page costs compared with the cheapest page Next serves,
 * all measured in one run on this machine (ratios, since absolute numbers are noisy here).
 *
 * 1. Throughput (autocannon) of a cached guide page ÷ the app's fully static /status page
 *    (goal ≥ 0.9), and ÷ the same HTML bytes from a minimal Node server (context).
 * 2. Client JavaScript (gzipped) of the guide page minus that of /status (goal ≤ 15 KiB).
 * 3. SQL statements one uncached guide render issues, from pg_stat_statements (goal ≤ 4).
 */
import autocannon from 'autocannon'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { gzipSync } from 'node:zlib'

import { startApp } from '../tests/support/app'
import { startTestDatabase } from '../tests/support/testDatabase'

const seconds = Number(process.env.BENCH_SECONDS || 8)
const connections = Number(process.env.BENCH_CONNECTIONS || 16)
const guidePath = '/en/guides/renew-tourist-sim-kazakhstan'

async function throughput(url: string) {
  const result = await autocannon({ url, connections, duration: seconds })
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return result.requests.average
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

    // 1. Throughput: the same bytes from a bare Node server as the floor of what HTTP costs here.
    const guideHtml = Buffer.from(await (await fetch(baseUrl + guidePath)).arrayBuffer())
    const bare = http.createServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': guideHtml.length,
      })
      res.end(guideHtml)
    })
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve))
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`

    const staticRps = await throughput(baseUrl + '/status')
    const guideRps = await throughput(baseUrl + guidePath)
    const bareRps = await throughput(bareUrl)
    bare.close()

    const kib = (bytes: number) => (bytes / 1024).toFixed(1)
    const report = [
      `pages benchmark (${seconds} s per target, ${connections} connections, one run)`,
      `  /status (fully static)          ${staticRps.toFixed(0)} req/s`,
      `  ${guidePath}  ${guideRps.toFixed(0)} req/s (cached)`,
      `  bare Node server, same bytes    ${bareRps.toFixed(0)} req/s (${kib(guideHtml.length)} KiB HTML)`,
      `  guide ÷ static page             ${(guideRps / staticRps).toFixed(2)}   (goal ≥ 0.9)`,
      `  guide ÷ bare Node server        ${(guideRps / bareRps).toFixed(3)}`,
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
