/**
 * The one reading of the paths a redirect holds: its From (a page address on this site that
 * should lead elsewhere) and a custom To (where to). Used when a redirect is saved and when a
 * request is matched against redirects, so both compare the same form.
 *
 * A From is kept as a path with a locale prefix and percent-decoded segments (`/ru/guides/старый`,
 * as Next hands slugs to pages), with no host, query, fragment or trailing slash. A custom To is
 * a path on this site only (decision: no external addresses, not even an allow-list — redirects
 * are for pages that moved within the site, and an external target would make the site an open
 * redirect for whoever may edit redirects). `//evil.host`, `/\evil.host`, `javascript:`,
 * `data:` and `https://evil.host` are refused, as are spaces and control characters, which
 * browsers strip or reinterpret.
 */
import { isLocale, locales, type Locale } from '@/i18n/locales'

export type PathCheck = { ok: true; path: string } | { ok: false; message: string }

// Whitespace, C0/C1 controls, and the backslash browsers treat as a slash.
const ambiguous = /[\s\u0000-\u001f\u007f-\u009f\\]/
const maxPathLength = 500
const example = '/ru/guides/old-address'

const refuse = (message: string): PathCheck => ({ ok: false, message })

/** Each segment of a path percent-decoded; null when one cannot be, or decodes to a separator. */
function decodedSegments(pathname: string): string[] | null {
  const segments: string[] = []
  for (const raw of pathname.split('/').slice(1)) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (segment.includes('/') || ambiguous.test(segment)) return null
    segments.push(segment)
  }
  return segments
}

/** A request path (or a page's path) in the form redirects' From is kept in. */
export function comparablePath(pathname: string): string {
  const segments = decodedSegments(pathname.split(/[?#]/)[0] ?? '')
  return segments ? `/${segments.filter(Boolean).join('/')}` : pathname
}

/** A redirect's From as typed or pasted (a path or a whole address of the site), normalised. */
export function normaliseFrom(input: unknown): PathCheck {
  if (typeof input !== 'string' || input.trim() === '') {
    return refuse(`Enter the old address as a site path, e.g. ${example}.`)
  }
  let value = input.trim()
  if (ambiguous.test(value)) {
    return refuse('The old address may not contain spaces, control characters or backslashes.')
  }
  if (/^https?:\/\//i.test(value)) {
    try {
      value = new URL(value).pathname
    } catch {
      return refuse(
        `"${value.slice(0, 60)}" is not an address; enter a site path, e.g. ${example}.`,
      )
    }
  } else if (value.startsWith('//')) {
    return refuse(`Enter the old address as a site path starting with one "/", e.g. ${example}.`)
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    return refuse(`Enter the old address as a site path, e.g. ${example}.`)
  }
  value = value.split(/[?#]/)[0] ?? ''
  if (!value.startsWith('/')) value = `/${value}`
  const segments = decodedSegments(value)
  if (!segments) return refuse('The old address has a part that cannot be read (bad % encoding).')
  while (segments.length > 1 && segments[segments.length - 1] === '') segments.pop()
  if (segments.some((s) => s === '' || s === '.' || s === '..')) {
    return refuse('The old address may not have empty, "." or ".." parts.')
  }
  if (!isLocale(segments[0])) {
    return refuse(
      `The old address starts with its language, ${locales.map((l) => `/${l}/`).join(', ')}: e.g. ${example}.`,
    )
  }
  if (segments.length < 2) return refuse('The home page of a language cannot be redirected.')
  const path = `/${segments.join('/')}`
  if (path.length > maxPathLength) {
    return refuse(`The old address is longer than ${maxPathLength} characters.`)
  }
  return { ok: true, path }
}

/**
 * A custom To: a path on this site (query and fragment allowed, e.g. `/zh/faq#topic`), kept as
 * the URL parser serialises it, so what is saved is exactly what the Location header will say.
 */
export function normaliseSiteUrl(input: unknown): PathCheck {
  const wanted =
    'The target must be a path on this site starting with one "/", e.g. /ru/guides/new-address'
  if (typeof input !== 'string' || input.trim() === '') return refuse(`${wanted}.`)
  const value = input.trim()
  if (ambiguous.test(value)) {
    return refuse(`${wanted}; it may not contain spaces, control characters or backslashes.`)
  }
  if (!value.startsWith('/') || value.startsWith('//')) {
    return refuse(`${wanted}; not ${JSON.stringify(value.slice(0, 60))}.`)
  }
  const base = 'https://site.invalid'
  let parsed: URL
  try {
    parsed = new URL(value, base)
  } catch {
    return refuse(`${wanted}.`)
  }
  // Belt and braces: whatever the parser made of it must still be on this site.
  if (parsed.origin !== base) return refuse(`${wanted}.`)
  if (!decodedSegments(parsed.pathname)) {
    return refuse('The target has a part that cannot be read (bad % encoding).')
  }
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`
  if (path.length > maxPathLength)
    return refuse(`The target is longer than ${maxPathLength} characters.`)
  return { ok: true, path }
}

/** The locale a normalised From (or a request path) is in. */
export function localeOfPath(path: string): Locale | undefined {
  const first = path.split('/')[1]
  return isLocale(first) ? first : undefined
}
