// @ts-check
/**
 * The security headers every response gets, and where Payload's admin-only headers go. Read by
 * next.config.mjs, so they are fixed at build time like the rest of Next's routing (the build
 * is redone when NEXT_PUBLIC_SERVER_URL changes: src/cli/buildFingerprint.ts).
 *
 * Pages are cached HTML (ISR), so the Content-Security-Policy cannot carry a per-request nonce;
 * Next's inline bootstrap scripts need 'unsafe-inline'. What it does shut: scripts, frames,
 * form targets, plugins and connections to other origins, being framed by another site, and a
 * <base> that re-points relative links.
 */

/** @param {{ production: boolean, publicOrigin: string | undefined }} options */
export function securityHeaders({ production, publicOrigin }) {
  const https = Boolean(publicOrigin?.startsWith('https://'))
  const csp = [
    "default-src 'self'",
    // next dev's refresh runtime evaluates code; the production build does not.
    `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // The admin's live preview frames our own pages; nobody else may frame anything.
    "frame-ancestors 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')

  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
    // Browsers ignore HSTS over plain HTTP; sent only when the public origin is HTTPS, so a
    // local build never pins localhost to HTTPS.
    ...(production && https
      ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
      : []),
  ]
}

/**
 * Uploaded files are served from our own origin: an SVG (or anything a browser renders as a
 * document) with a script in it would run with an editor's or admin's session. A sandboxed,
 * script-less policy of their own keeps uploads inert whatever their content.
 */
export const uploadedFileHeaders = [
  {
    key: 'Content-Security-Policy',
    value: "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
  },
]

const clientHintHeaders = new Set(['accept-ch', 'vary', 'critical-ch'])

/**
 * `withPayload` sends `Accept-CH`, `Vary` and `Critical-CH: Sec-CH-Prefers-Color-Scheme` on every
 * path, for the admin's colour theme. `Critical-CH` makes Chromium send a reader's first request
 * for any page twice (about 600 ms on a mobile connection), and `Vary` splits caches; so those
 * entries are narrowed to the admin, the only place that reads the hint.
 *
 * @param {import('next').NextConfig} config
 * @returns {import('next').NextConfig}
 */
export function clientHintsOnAdminOnly(config) {
  const headers = config.headers
  if (!headers) return config
  return {
    ...config,
    headers: async () =>
      (await headers()).map((entry) =>
        entry.source === '/:path*' &&
        entry.headers.some(({ key }) => clientHintHeaders.has(key.toLowerCase()))
          ? { ...entry, source: '/admin/:path*' }
          : entry,
      ),
  }
}
