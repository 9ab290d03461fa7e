import type { CollectionSlug, PayloadRequest } from 'payload'

export type PublicState = 'published' | 'draft' | 'none'

const key = (collection: string, id: number | string) => `publicStateBefore:${collection}:${id}`

/**
 * Whether a document is public right now: the status of its main row, which is what readers,
 * search and the sitemap see. Not the `originalDoc` hooks get, which is the newest version and
 * says "draft" whenever somebody has a pending draft, however public the document is.
 */
export async function readPublicState(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<PublicState> {
  const row = await req.payload.db.findOne({
    collection,
    req,
    select: { _status: true },
    where: { id: { equals: id } },
  })
  if (!row) return 'none'
  return (row as { _status?: string })._status === 'published' ? 'published' : 'draft'
}

/** Kept from beforeChange to afterChange of the same save (both get the same `req.context`). */
export function rememberPublicStateBefore(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  state: PublicState,
) {
  req.context[key(collection, id)] = state
}

export function publicStateBefore(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): PublicState | undefined {
  return req.context[key(collection, id)] as PublicState | undefined
}
