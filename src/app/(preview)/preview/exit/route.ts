import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'
import { getSafeRedirect } from 'payload/shared'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { previewResponseHeaders } from '@/preview/previewPaths'

/** A page of ours to go back to: a path under one of our locales, nothing else. */
function pageOf(referer: string | null, host: string | null): string | null {
  if (!referer || !host) return null
  let url: URL
  try {
    url = new URL(referer)
  } catch {
    return null
  }
  if (url.host !== host) return null
  const path = getSafeRedirect({ redirectTo: `${url.pathname}${url.search}`, fallbackTo: '' })
  const first = path.split('/')[1]
  return path && isLocale(first) ? path : null
}

/**
 * `GET /preview/exit?locale=`: turns draft mode off and goes back to the page the preview was
 * left from (the Referer, when it is a page of this site), now as readers see it; else to the
 * locale's home. Harmless to anyone: it only ends a preview.
 */
export async function GET(request: NextRequest): Promise<Response> {
  ;(await draftMode()).disable()
  const locale = request.nextUrl.searchParams.get('locale')
  const back =
    pageOf(request.headers.get('referer'), request.headers.get('host')) ??
    `/${isLocale(locale) ? locale : defaultLocale}`
  return new Response(null, {
    status: 303,
    headers: { ...previewResponseHeaders, Location: back },
  })
}
