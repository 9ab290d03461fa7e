import { env } from '@/env'

import { errorResponse } from './errorResponse'

type Handler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Where a browser says a request comes from: the `Origin` header, or for a browser that sends
 * none, whether `Sec-Fetch-Site` calls it cross-site. `undefined` for clients that are no browser
 * (curl, scripts with a token), which carry no one else's cookies.
 */
function claimedOrigin(request: Request): string | undefined {
  const origin = request.headers.get('origin')
  if (origin) return origin
  const site = request.headers.get('sec-fetch-site')
  return site === 'cross-site' || site === 'same-site' ? site : undefined
}

/**
 * The origin writes may come from: the configured public origin, or else the origin the request
 * itself was addressed to (its Host), so the admin works on localhost, 127.0.0.1 or any port.
 */
function allowedOrigin(request: Request): string {
  const configured = env.configuredServerUrl()
  if (configured) return new URL(configured).origin
  const url = new URL(request.url)
  return `${url.protocol}//${request.headers.get('host') ?? url.host}`
}

const sameHost = (origin: string, allowed: string) => {
  try {
    const [a, b] = [new URL(origin), new URL(allowed)]
    // Without a configured origin the scheme is the server's view, which a TLS proxy changes.
    return env.configuredServerUrl() ? a.origin === b.origin : a.host === b.host
  } catch {
    return false
  }
}

/**
 * Cross-site request forgery: a page on another site can make a reader's browser send a write
 * with the editor's session cookie. Every state-changing request to REST and GraphQL (login and
 * logout included) that a browser marks as coming from another origin is refused with a 403,
 * before Payload looks at the cookie. Payload's own `csrf` list only applies once an origin is
 * configured, and then just ignores the cookie; this holds with none configured too.
 */
export function sameOriginWrites<Args extends unknown[]>(handler: Handler<Args>): Handler<Args> {
  return async (request, ...args) => crossOriginRefusal(request) ?? handler(request, ...args)
}

/**
 * The 403 for a state-changing request a browser marks as cross-origin, or `undefined` when it
 * may go on. Also used by the proxy for the admin's server actions, which Next checks by Origin
 * only (a browser sending `Sec-Fetch-Site: cross-site` and no Origin got through, and a wrong
 * Origin was a 500).
 */
export function crossOriginRefusal(request: Request): Response | undefined {
  if (safeMethods.has(request.method)) return undefined
  const origin = claimedOrigin(request)
  const allowed = allowedOrigin(request)
  if (origin === undefined || sameHost(origin, allowed)) return undefined
  return errorResponse(
    `Cross-origin request refused: writes are accepted only from ${allowed}.`,
    403,
  )
}
