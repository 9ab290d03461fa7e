import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'

import { crossOriginRefusal } from '@/api/sameOriginWrites'
import { followAdminLanguage } from '@/i18n/admin/followAdminLanguage'
import { localeCookie } from '@/i18n/localeCookie'
import { isLocale } from '@/i18n/locales'
import { preferredLocale } from '@/i18n/preferredLocale'
import { routing } from '@/i18n/routing'

const intl = createMiddleware(routing)

/** A first path segment shaped like a language tag (`de`, `pt-BR`) that we do not serve. */
const looksLikeLocale = /^([a-z]{2})(-[a-z0-9]{2,8})?$/i

/**
 * Locale routing: `/` negotiates (cookie, then Accept-Language) and redirects; `/{locale}/…`
 * passes through. A path under a language we do not have gets a real 404 rather than a
 * redirect to a Chinese page of that path; `/zh-CN/…` goes to `/zh/…`.
 */
export default function proxy(request: NextRequest) {
  // The admin's server actions (POSTs to /admin pages): same-origin only, like the API. Its
  // pages speak the signed-in user's chosen language.
  if (request.nextUrl.pathname.startsWith('/admin')) {
    return crossOriginRefusal(request) ?? followAdminLanguage(request)
  }
  const [first, ...rest] = request.nextUrl.pathname.split('/').filter(Boolean)
  const tag = first && !isLocale(first) ? looksLikeLocale.exec(first) : null
  if (tag) {
    const url = request.nextUrl.clone()
    const language = tag[1].toLowerCase()
    // A regional tag of a language we have (`zh-CN`, `en-GB`) goes to that language.
    if (isLocale(language)) {
      url.pathname = `/${[language, ...rest].join('/')}`
      return NextResponse.redirect(url, 308)
    }
    // The 404 itself speaks the reader's language: their chosen one, else Accept-Language.
    const locale = preferredLocale(
      request.cookies.get(localeCookie.name)?.value,
      request.headers.get('accept-language'),
    )
    url.pathname = `/${locale}/_unknown-locale/${first}`
    return NextResponse.rewrite(url, { status: 404 })
  }
  return intl(request)
}

export const config = {
  // Only what needs negotiating or a 404: `/`, unprefixed paths and unknown locales. Pages under
  // our locales (zh|ru|en, spelled out because this must be static) skip the proxy: it would add
  // to every cached page view, and the switcher remembers the reader's choice itself. Payload
  // (admin, API), the status page, the draft preview route, Next internals and files are not
  // pages of ours either.
  // The admin passes through here only for its cross-origin check and its language.
  matcher: [
    '/((?!(?:zh|ru|en)(?:/|$)|api|admin|status|preview(?:/|$)|_next|_vercel|.*\\..*).*)',
    '/admin/:path*',
  ],
}
