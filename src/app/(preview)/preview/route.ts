import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

import { errorResponse } from '@/api/errorResponse'
import { getPayloadClient } from '@/lib/payload'
import type { User } from '@/payload-types'
import { previewResponseHeaders } from '@/preview/previewPaths'
import { parsePreviewQuery, previewTarget } from '@/preview/previewTarget'

/**
 * `GET /preview?collection=&id=&locale=`: the admin's Live Preview (and any staff member's
 * link) into a document's page showing its newest draft. A signed-in staff member only, not a
 * secret in the URL: it turns on Next's draft mode for this browser and redirects to the page,
 * whose queries then check the session again on every render (src/lib/queries/readView.ts).
 * Signed out: the admin's sign-in, coming back here after it.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const query = parsePreviewQuery(request.nextUrl.searchParams)
  if ('status' in query) return errorResponse(query.message, query.status, previewResponseHeaders)

  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  const target = await previewTarget(payload, user as User | null, query)
  const draft = await draftMode()
  if ('signIn' in target) {
    draft.disable()
    const here = `${request.nextUrl.pathname}${request.nextUrl.search}`
    const login = `${payload.config.routes.admin}/login?${new URLSearchParams({ redirect: here })}`
    return new Response(null, {
      status: 303,
      headers: { ...previewResponseHeaders, Location: login },
    })
  }
  if ('status' in target)
    return errorResponse(target.message, target.status, previewResponseHeaders)
  draft.enable()
  return new Response(null, {
    status: 307,
    headers: { ...previewResponseHeaders, Location: target.path },
  })
}
