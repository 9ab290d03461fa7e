import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { PublicCollection } from '@/content/publicCollections'
import { reindexDocument, removeFromIndex } from '@/lib/search/store'

import { savedOnlyADraft } from './savedOnlyADraft'

/**
 * Keep the search index equal to what the public can read: after every save that can change
 * it (not a draft-only save) the document's rows are rebuilt from its published state (none for a draft), after a delete they go.
 */
export function syncSearchIndex(collection: PublicCollection) {
  const afterChange: CollectionAfterChangeHook = async ({ data, doc, req, context }) => {
    if (context.disableSearchSync || savedOnlyADraft(req, data)) return doc
    await reindexDocument(req.payload, collection, doc.id, req)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ id, doc, req, context }) => {
    if (!context.disableSearchSync) await removeFromIndex(req.payload, collection, Number(id))
    return doc
  }
  return { afterChange, afterDelete }
}
