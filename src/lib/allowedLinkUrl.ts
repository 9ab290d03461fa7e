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
