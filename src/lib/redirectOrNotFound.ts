import { notFound, permanentRedirect, redirect } from 'next/navigation'

import { findRedirect, type RedirectHit } from '@/lib/queries/redirects'
import { comparablePath } from '@/redirects/sitePath'

async function hitFor(pathname: string): Promise<RedirectHit | null> {
  const path = comparablePath(pathname)
  const hit = await findRedirect(path)
  // A redirect to the very page asked for (its document just took this slug back) would loop.
  return hit && comparablePath(hit.location) !== path ? hit : null
}

/**
 * What every page answers for an address it has nothing at (the catch-all, a slug no document
 * has): the redirect editors (or a slug change) made from it, with its 308 or 307, else the
 * localized 404. The one place redirects are applied; a page with content is never redirected.
 */
export async function redirectOrNotFound(pathname: string): Promise<never> {
  const hit = await hitFor(pathname)
  if (hit?.permanent) permanentRedirect(hit.location)
  if (hit) redirect(hit.location)
  notFound()
}

/**
 * The same question from `generateMetadata`: null when there is a redirect, which the page then
 * sends (a redirect thrown from both would send its Location header twice), else the 404.
 */
export async function redirectedOrNotFound(pathname: string): Promise<null> {
  if (await hitFor(pathname)) return null
  notFound()
}
