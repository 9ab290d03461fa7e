import { NextResponse, type NextRequest } from 'next/server'

import { adminLanguageCookie, isAdminLanguage, type AdminLanguage } from './languages'

/** Payload's session cookie (default `cookiePrefix`). */
const tokenCookie = 'payload-token'

/**
 * The admin language saved in the session's JWT (the users' `adminLanguage` is `saveToJWT`).
 * The token is only decoded, not verified: all it decides is the language of the admin this
 * browser shows, which its owner could set anyway through Payload's cookie. Payload verifies
 * the token itself for everything that matters.
 */
export function adminLanguageOfSession(token: string | undefined): AdminLanguage | undefined {
  const claims = token?.split('.')[1]
  if (!claims) return undefined
  try {
    const json = atob(claims.replace(/-/g, '+').replace(/_/g, '/'))
    const language = (JSON.parse(json) as { adminLanguage?: unknown }).adminLanguage
    return isAdminLanguage(language) ? language : undefined
  } catch {
    return undefined
  }
}

/**
 * Payload picks the admin's language from its `payload-lng` cookie, then Accept-Language, before
 * it knows who is signed in. So for a signed-in user whose chosen language the cookie does not
 * say (a new device, a choice made on another one, a sign-in after someone else's), the request
 * goes on with the cookie replaced, and the browser is told to keep it: the admin always speaks
 * the language on the user's account.
 */
export function followAdminLanguage(request: NextRequest): NextResponse {
  const chosen = adminLanguageOfSession(request.cookies.get(tokenCookie)?.value)
  if (!chosen || request.cookies.get(adminLanguageCookie.name)?.value === chosen) {
    return NextResponse.next()
  }
  request.cookies.set(adminLanguageCookie.name, chosen)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(adminLanguageCookie.name, chosen, {
    path: '/',
    maxAge: adminLanguageCookie.maxAge,
    sameSite: 'lax',
  })
  return response
}
