import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

import {
  clientHintsOnAdminOnly,
  securityHeaders,
  uploadedFileHeaders,
} from './src/server/securityHeaders.mjs'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image builds with NEXT_OUTPUT=standalone and runs .next/standalone/server.js;
  // `next start` (npm start) wants the ordinary output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  experimental: {
    // Pages and cached reads are kept in memory only, for the life of the server process. On
    // disk (.next/cache, .next/server) they outlived it: a server started on another or a
    // changed database (a new seed, a restore, a migration, e2e's throw-away databases) served
    // the old one's pages until each tag happened to expire: a guide redirected to another.
    isrFlushToDisk: false,
  },
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  headers: async () => [
    {
      source: '/:path*',
      headers: securityHeaders({
        production: process.env.NODE_ENV === 'production',
        publicOrigin: process.env.NEXT_PUBLIC_SERVER_URL,
      }),
    },
    // After the rule above: for the same header, Next sends the last matching rule's value.
    { source: '/api/media/file/:path*', headers: uploadedFileHeaders },
    // A browser in draft mode (a staff member's preview, src/app/(preview)/preview): nothing it
    // is answered gets indexed. Next marks the draft-mode pages themselves `private, no-store`.
    {
      source: '/:path*',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
      headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }],
    },
  ],
}

export default clientHintsOnAdminOnly(
  withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false }),
)
