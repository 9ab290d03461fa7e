import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { validateXML } from 'xmllint-wasm'

import type { XliffVersion } from '../../src/translation/xliff/xliffFile'

const schemaDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schemas')
const schemaFile = (fileName: string) => ({
  fileName,
  contents: readFileSync(path.join(schemaDir, fileName), 'utf8'),
})

/**
 * The OASIS schemas, as Debian's php-symfony-translation 5.4.53 ships them
 * (/usr/share/php/Symfony/Component/Translation/Resources/schemas/: xliff-core-1.2-strict.xsd,
 * xliff-core-2.0.xsd — the OASIS 2.0 `xliff_core_2.0.xsd` of 05 August 2014 — and W3C's
 * xml.xsd), with one change each: the `xml` namespace's schemaLocation points at the local
 * xml.xsd (it named http://www.w3.org/2001/xml.xsd and informativeCopiesOf3rdPartySchemas/…).
 */
const schemas: Record<XliffVersion, string> = {
  '1.2': 'xliff-core-1.2-strict.xsd',
  '2.0': 'xliff_core_2.0.xsd',
}

/** xmllint's errors validating an XLIFF file against its version's OASIS schema; none: valid. */
export async function xliffSchemaErrors(xml: string, version: XliffVersion): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'export.xlf', contents: xml },
    schema: schemaFile(schemas[version]),
    preload: [schemaFile('xml.xsd')],
  })
  return result.errors.map((error) => error.rawMessage)
}
