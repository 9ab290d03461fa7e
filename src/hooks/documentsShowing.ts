import type { PayloadRequest } from 'payload'

import { referencesTo } from '@/content/derivedFromConfig'
import type { PublicCollection } from '@/content/publicCollections'

/**
 * The documents that show a document (`collection`/`id`), found through the config's relation
 * and upload fields (`referencesTo`): the pages to expire when it changes. Read as the server,
 * in the request's transaction.
 */
export async function documentsShowing(
  req: PayloadRequest,
  collection: string,
  id: number | string,
) {
  const showing: { collection: PublicCollection; id: number | string }[] = []
  for (const { collection: other, path, hasMany } of referencesTo(req.payload, collection)) {
    const { docs } = await req.payload.find({
      collection: other,
      where: { [path]: hasMany ? { contains: id } : { equals: id } },
      depth: 0,
      limit: 1000,
      req,
      overrideAccess: true,
      select: {},
    })
    docs.forEach((doc) => showing.push({ collection: other, id: doc.id }))
  }
  return showing
}
