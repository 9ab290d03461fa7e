import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { validateXML } from 'xmllint-wasm'

const schemaDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schemas')
const schemaFile = (fileName: string) => ({
  fileName,
  contents: readFileSync(path.join(schemaDir, fileName), 'utf8'),
})

/**
 * Validates a sitemap with libxml2's xmllint (compiled to WebAssembly) against the sitemaps.org
 * schema plus XHTML's <link> for hreflang alternates. Returns xmllint's error messages; none
 * means valid.
 */
export async function sitemapSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'sitemap.xml', contents: xml },
    schema: schemaFile('sitemap-with-alternates.xsd'),
    preload: [schemaFile('sitemap.xsd'), schemaFile('xhtml-link.xsd')],
  })
  return result.errors.map((error) => error.rawMessage)
}
