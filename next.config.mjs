import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image builds with NEXT_OUTPUT=standalone and runs .next/standalone/server.js;
  // `next start` (npm start) wants the ordinary output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
