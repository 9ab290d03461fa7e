import type { SitemapEntry } from './sitemapEntries'

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  )

/**
 * A sitemaps.org 0.9 urlset with xhtml:link hreflang alternates. The children of <url> come in
 * the schema's order (loc, lastmod, then elements of other namespaces): Next's own sitemap
 * writer puts the alternates before lastmod, which the schema rejects.
 */
export function renderSitemapXml(entries: SitemapEntry[]) {
  const urls = entries.map(({ url, lastModified, alternates }) => {
    const lines = [`<loc>${escapeXml(url)}</loc>`]
    if (lastModified) lines.push(`<lastmod>${new Date(lastModified).toISOString()}</lastmod>`)
    for (const [hreflang, href] of Object.entries(alternates)) {
      lines.push(
        `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}" />`,
      )
    }
    return `<url>\n${lines.join('\n')}\n</url>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}
