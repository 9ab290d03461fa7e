import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import type { PublicCollection } from '@/content/publicCollections'
import { expireTags } from '@/lib/cache/expireTags'
import { TAGS } from '@/lib/cache/tags'

import { documentsShowing } from './documentsShowing'
import { publicStateBefore } from './publicState'
import { savedOnlyADraft } from './savedOnlyADraft'

type Slug = string | Record<string, string | null | undefined> | null | undefined

const slugValues = (slug: Slug): string[] =>
  typeof slug === 'string'
    ? [slug]
    : Object.values(slug ?? {}).filter((s): s is string => Boolean(s))

/**
 * Tags of every public page that shows the document, in every locale: the lists of its
 * collection, its content, the documents that show it (related guides, channels), and — when
 * the way to it changed (new, deleted, (un)published or a new slug) — its slug lookups, old and new.
 */
async function affectedTags(
  collection: PublicCollection,
  id: number,
  req: PayloadRequest,
  slugsChanged: { previous: Slug[] } | false,
) {
  const tags = [TAGS.list(collection), TAGS.doc(collection, id)]
  if (slugsChanged) {
    const current = await req.payload.findByID({
      collection,
      id,
      locale: 'all',
      depth: 0,
      req,
      disableErrors: true,
      overrideAccess: true,
      select: { slug: true },
    })
    for (const slug of [current?.slug as Slug, ...slugsChanged.previous].flatMap(slugValues)) {
      tags.push(TAGS.slug(collection, slug))
    }
  }
  // The documents that show this one: found through the config's relation fields.
  for (const shown of await documentsShowing(req, collection, id)) {
    tags.push(TAGS.doc(shown.collection, shown.id))
  }
  return tags
}

/**
 * Tags computed before a delete, kept per request until the delete is done. Not in
 * `req.context`: Payload hands afterDelete hooks a fresh context object.
 */
const pendingDeletes = new WeakMap<PayloadRequest, Map<string, string[]>>()
const pendingKey = (collection: string, id: number | string) => `${collection}:${id}`

/**
 * Expire every public page that shows a document after it is saved or deleted, in every locale,
 * so the next request renders fresh content. Saving a draft of a document that was never public
 * changes nothing a reader can see. Seeds and tests turn it off with `context.disableRevalidate`.
 */
export function revalidatePublicPages(collection: PublicCollection) {
  const afterChange: CollectionAfterChangeHook = async ({
    data,
    doc,
    previousDoc,
    operation,
    req,
    context,
  }) => {
    if (context.disableRevalidate || savedOnlyADraft(req, data)) return doc
    // Whether it was public before this save: the main row's status, kept by keepDocumentPublished
    // (`previousDoc` is the newest version, a "draft" whenever a draft is pending). Collections
    // without drafts are always public. A new document was not (Payload passes `{}` as its
    // previous one): the admin's "Create New" creates a draft while rendering the edit view,
    // where Next refuses to expire tags at all.
    const wasPublic =
      operation !== 'create' && previousDoc
        ? (publicStateBefore(req, collection, doc.id) ?? previousDoc._status ?? 'published') ===
          'published'
        : false
    const isPublic = (doc._status ?? 'published') === 'published'
    if (!wasPublic && !isPublic) return doc
    const wayChanged = !previousDoc || previousDoc.slug !== doc.slug || wasPublic !== isPublic
    expireTags(
      await affectedTags(collection, doc.id, req, wayChanged && { previous: [previousDoc?.slug] }),
    )
    return doc
  }
  // Links to a deleted document disappear with it, so the pages that showed it are found first.
  const beforeDelete: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
    if (context.disableRevalidate) return
    const pending = pendingDeletes.get(req) ?? new Map<string, string[]>()
    pending.set(
      pendingKey(collection, id),
      await affectedTags(collection, Number(id), req, { previous: [] }),
    )
    pendingDeletes.set(req, pending)
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ id, doc, req }) => {
    const tags = pendingDeletes.get(req)?.get(pendingKey(collection, id))
    if (tags) expireTags(tags)
    return doc
  }
  return { afterChange, beforeDelete, afterDelete }
}
