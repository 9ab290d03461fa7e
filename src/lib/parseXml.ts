/**
 * Parses XML with @xmldom/xmldom, collecting what is wrong instead of stopping at a console
 * warning: xmldom reports recoverable errors to `onError` and throws on a fatal one (after
 * reporting it), so both are gathered here. A document comes back only when there is nothing
 * wrong; the XLIFF and TBX readers word the errors for their own reports.
 */
import { DOMParser, type Document, type Node } from '@xmldom/xmldom'

export type ParsedXml = { document?: Document; errors: string[] }

/**
 * Far deeper than any XLIFF or TBX file (rich text nests a few levels), and shallow enough for
 * the readers, which walk the tree recursively: thousands of levels overflowed the stack (a 500).
 */
export const maxXmlDepth = 100

/** Whether some element is nested deeper than `maxXmlDepth` (walked without recursion). */
function tooDeep(root: Node): boolean {
  const stack: [Node, number][] = [[root, 1]]
  while (stack.length) {
    const [node, depth] = stack.pop()!
    if (depth > maxXmlDepth) return true
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) stack.push([child, depth + 1])
    }
  }
  return false
}

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
  if (!errors.length && tooDeep(document!.documentElement!)) {
    errors.push(`elements nested more than ${maxXmlDepth} deep`)
  }
  return errors.length ? { errors } : { document, errors }
}
