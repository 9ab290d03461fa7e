import { notFound, permanentRedirect, redirect } from 'next/navigation'

import { findRedirect } from '@/lib/queries/redirects'
import { comparablePath } from '@/redirects/sitePath'

/**
 * What every page answers for an address it has nothing at (the catch-all, a slug no document
 * has): the redirect editors (or a slug change) made from it, with its 308 or 307, else the
 * localized 404. The one place redirects are applied; a page with content is never redirected.
 */
export async function redirectOrNotFound(pathname: string): Promise<never> {
  const path = comparablePath(pathname)
  const hit = await findRedirect(path)
  // A redirect to the very page asked for (its document just took this slug back) would loop.
  if (hit && comparablePath(hit.location) !== path) {
    if (hit.permanent) permanentRedirect(hit.location)
    redirect(hit.location)
  }
  notFound()
}
