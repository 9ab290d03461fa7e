/**
 * The one rule for where a link in content may point, used when rich text is saved
 * (src/fields/rejectUnsafeLinks.ts) and again when it is rendered (src/components/RichText.tsx),
 * so content saved before the rule, or written past it with the Local API, cannot reach a
 * reader either: http(s) with a host, mailto:, tel:, a path on this site (`/guides/…`, one
 * slash) or an anchor (`#…`). Everything else is refused, `javascript:`, `data:` and
 * `vbscript:` among it.
 *
 * Browsers strip spaces and control characters around an href and tabs and newlines inside it
 * (`java\tscript:`, ` JaVaScRiPt:`), and read a backslash as a slash (`/\evil.host` is
 * `//evil.host`, another site); a URL holding any of these is refused outright rather than
 * cleaned.
 */
const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:'])

// Whitespace, C0/C1 controls, and the backslash browsers treat as a slash.
const ambiguous = /[\s\u0000-\u001f\u007f-\u009f\\]/

export function isAllowedLinkUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url === '' || ambiguous.test(url)) return false
  if (url.startsWith('#')) return true
  if (url.startsWith('/')) return !url.startsWith('//')
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (!allowedSchemes.has(parsed.protocol)) return false
  return parsed.protocol === 'mailto:' || parsed.protocol === 'tel:' || parsed.hostname !== ''
}

type LinkFields = { linkType?: unknown; url?: unknown; doc?: unknown }

/**
 * A link to one of our documents as the admin's link feature saves it: `linkType: "internal"`
 * and a `doc` naming a collection and an id (or the populated document). Its `url` is never
 * rendered, so it is not checked.
 */
function isInternalLink(fields: LinkFields) {
  if (fields.linkType !== 'internal') return false
  const doc = fields.doc as { relationTo?: unknown; value?: unknown } | null | undefined
  if (typeof doc !== 'object' || doc === null || typeof doc.relationTo !== 'string') return false
  const { value } = doc
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return (typeof id === 'number' && Number.isInteger(id)) || (typeof id === 'string' && id !== '')
}

/**
 * Whether a Lexical `link` or `autolink` node may be shown as a link: a well-formed internal
 * `link`, or any link whose `url` `isAllowedLinkUrl` allows. An `autolink` is always judged by
 * its `url`, whatever its `linkType` says: Lexical's autolink converter ignores `linkType` and
 * renders `url` as the href, so `{"type":"autolink","fields":{"linkType":"internal","url":
 * "//evil.host"}}` would otherwise pass as internal and be rendered as an off-site link.
 */
export function isAllowedLink(type: unknown, fields: LinkFields | null | undefined) {
  if (typeof fields !== 'object' || fields === null) return false
  if (type === 'link' && isInternalLink(fields)) return true
  return isAllowedLinkUrl(fields.url)
}
