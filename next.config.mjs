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
  ],
}

export default clientHintsOnAdminOnly(
  withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false }),
)
