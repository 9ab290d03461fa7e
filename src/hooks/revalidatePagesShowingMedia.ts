import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { collectionSlugs } from '@/content/constants'
import { expireTags } from '@/lib/cache/expireTags'
import { TAGS } from '@/lib/cache/tags'

import { documentsShowing } from './documentsShowing'

/**
 * The pages that show an image (a guide's hero image, a carrier's logo: the config's upload
 * fields, `referencesTo`), and the lists of their collections (cards, the carriers table).
 */
async function tagsShowing(id: number | string, req: PayloadRequest) {
  const tags: string[] = []
  for (const shown of await documentsShowing(req, collectionSlugs.media, id)) {
    tags.push(TAGS.list(shown.collection), TAGS.doc(shown.collection, shown.id))
  }
  return tags
}

/**
 * A changed alt text or replaced file shows at once on every page that shows the image, as any
 * content change does (`revalidatePublicPages`). `context.disableRevalidate` turns it off.
 */
export const revalidatePagesShowingMedia: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
  context,
}) => {
  if (context.disableRevalidate || operation === 'create') return doc
  expireTags(await tagsShowing(doc.id, req))
  return doc
}

/** Tags found before a delete (the uploads pointing at it are cleared with it), per request. */
const pendingDeletes = new WeakMap<PayloadRequest, Map<string, string[]>>()

/** A deleted image: its pages are found first, then expired once it is gone. */
export const findPagesShowingDeletedMedia: CollectionBeforeDeleteHook = async ({
  id,
  req,
  context,
}) => {
  if (context.disableRevalidate) return
  const pending = pendingDeletes.get(req) ?? new Map<string, string[]>()
  pending.set(String(id), await tagsShowing(id, req))
  pendingDeletes.set(req, pending)
}

export const revalidatePagesShowingDeletedMedia: CollectionAfterDeleteHook = async ({
  id,
  doc,
  req,
}) => {
  const tags = pendingDeletes.get(req)?.get(String(id))
  if (tags) expireTags(tags)
  return doc
}
