/**
 * The slug a `[slug]` page was asked for. Next hands the segment over already decoded
 * (`/zh/guides/%25` arrives as `%`), so decoding it again threw a URIError for any address
 * with a literal `%` in it, a 500 instead of the page's 404. A slug never holds a `%`
 * (`toSlug` keeps letters, digits and hyphens), so such a segment is passed on as it is and
 * finds nothing; a segment still percent-encoded (as some Next versions passed non-ASCII
 * ones) is decoded, so `%E7%BB%AD` and `续` find the same page.
 */
export function slugParam(segment: string): string {
  if (!/%[0-9a-f]{2}/i.test(segment)) return segment
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
