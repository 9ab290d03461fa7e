import { renderSitemapXml } from '@/lib/sitemap/renderSitemapXml'
import { sitemapEntries } from '@/lib/sitemap/sitemapEntries'

// Read at request time from the tagged data cache (a build has no database); hooks keep it fresh.
export const dynamic = 'force-dynamic'

export async function GET() {
  return new Response(renderSitemapXml(await sitemapEntries()), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  })
}
