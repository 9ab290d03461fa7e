// @ts-check
/**
 * Preloaded into the Next server (`node --require`, by `npm start` and the Docker image) so that
 * X-Forwarded-For holds the one client address the app can trust, for the vote rate limit.
 *
 * Next passes a client's own X-Forwarded-For through untouched (it only fills the header in
 * when it is missing), and a route handler cannot see the socket, so without this any script
 * could claim a new address with every request. Here the socket's peer is appended, as a proxy
 * does, and the entry just before the `TRUSTED_PROXY_HOPS` proxies we run ourselves (default
 * 0: the app is reached directly) replaces the header. A preload rather than a custom server,
 * so `next start` and the standalone server keep their own request handling.
 */
// Also refuse request targets no route can mean (malformed escapes, NUL) with a 400.
require('./refuseMalformedTargets.cjs')
const http = require('node:http')

const trustedHops = Math.max(0, Number.parseInt(process.env.TRUSTED_PROXY_HOPS ?? '0', 10) || 0)

/** @param {http.IncomingMessage} req */
function setClientAddress(req) {
  const claimed = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const chain = [...claimed, req.socket.remoteAddress ?? 'unknown']
  req.headers['x-forwarded-for'] = chain[Math.max(0, chain.length - 1 - trustedHops)]
  delete req.headers['x-real-ip']
}

const createServer = http.createServer
Object.assign(http, {
  /** @param {unknown[]} args */
  createServer(...args) {
    /** @type {http.Server} */
    const server = Reflect.apply(createServer, http, args)
    server.prependListener('request', setClientAddress)
    return server
  },
})
