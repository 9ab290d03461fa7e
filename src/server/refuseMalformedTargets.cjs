// @ts-check
/**
 * Answers a request whose target no route can mean with a plain 400, before Next's router sees
 * it. Next decodes the path with `decodeURIComponent` and turns the URIError of a malformed
 * escape (`/zh/guides/%E4%B8`, `/%ZZ`, `/%`) into a bare 500 on every route, `/_next/static`
 * included; and a NUL (`%00`) decodes into a slug or file name that Postgres refuses ("invalid
 * byte sequence for encoding UTF8: 0x00"), another 500. No real page, file or API path holds
 * either, so both are refused here, once, for pages, assets and the API alike.
 *
 * Loaded by src/server/setClientAddress.cjs, the preload `npm start` and the Docker image give
 * `next start` and the standalone server; it wraps the listener they pass to
 * `http.createServer`, so a refused request never reaches Next. The check is a string scan
 * (decoding only when the target holds a `%`), cheap enough for the cached-page path.
 */
const http = require('node:http')

/**
 * Why the request target cannot name anything, or `undefined` when it can.
 * @param {string} target
 */
function targetProblem(target) {
  const queryAt = target.indexOf('?')
  const path = queryAt === -1 ? target : target.slice(0, queryAt)
  if (target.includes('\u0000') || /%00/i.test(target)) {
    return 'The address contains a NUL character (%00).'
  }
  if (path.includes('%')) {
    try {
      decodeURIComponent(path)
    } catch {
      return 'The address has malformed percent-encoding.'
    }
  }
  return undefined
}

/**
 * @param {http.ServerResponse} res
 * @param {string} path
 * @param {string} message
 */
function refuse(res, path, message) {
  // API clients get Payload's error shape; everything else plain text.
  const api = path === '/api' || path.startsWith('/api/')
  const body = api ? JSON.stringify({ errors: [{ message }] }) : `Bad request. ${message}\n`
  res.writeHead(400, {
    'content-type': api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    // Answered before Next, so without its headers: the strictest ones a plain error needs.
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
  })
  res.end(body)
}

/**
 * @param {(req: http.IncomingMessage, res: http.ServerResponse) => void} listener
 * @returns {(req: http.IncomingMessage, res: http.ServerResponse) => void}
 */
function refusingMalformedTargets(listener) {
  /** @this {unknown} */
  return function checkedListener(req, res) {
    const target = req.url ?? '/'
    const problem =
      target.includes('%') || target.includes('\u0000') ? targetProblem(target) : undefined
    if (problem) return refuse(res, target.split('?')[0], problem)
    return listener.call(this, req, res)
  }
}

const createServer = http.createServer
Object.assign(http, {
  /** @param {unknown[]} args */
  createServer(...args) {
    const at = args.map((arg) => typeof arg).lastIndexOf('function')
    if (at !== -1) {
      args[at] = refusingMalformedTargets(
        /** @type {(req: http.IncomingMessage, res: http.ServerResponse) => void} */ (args[at]),
      )
    }
    return Reflect.apply(createServer, http, args)
  },
})

module.exports = { targetProblem }
