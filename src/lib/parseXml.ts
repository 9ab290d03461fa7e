/**
 * Parses XML with @xmldom/xmldom, collecting what is wrong instead of stopping at a console
 * warning: xmldom reports recoverable errors to `onError` and throws on a fatal one (after
 * reporting it), so both are gathered here. A document comes back only when there is nothing
 * wrong; the XLIFF and TBX readers word the errors for their own reports.
 */
import { DOMParser, type Document } from '@xmldom/xmldom'

export type ParsedXml = { document?: Document; errors: string[] }

export function parseXml(xml: string): ParsedXml {
  const errors: string[] = []
  let document: Document | undefined
  try {
    document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message.trim())
      },
    }).parseFromString(xml, 'text/xml')
  } catch (error) {
    if (!errors.length) errors.push((error as Error).message)
  }
  if (!errors.length && !document?.documentElement) errors.push('no root element')
  return errors.length ? { errors } : { document, errors }
}
