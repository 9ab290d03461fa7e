import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expireTags } from '@/lib/cache/expireTags'
import { TAGS } from '@/lib/cache/tags'

/** A redirect saved or deleted: every cached redirect lookup is read again. */
export const expireRedirectLookups: CollectionAfterChangeHook = ({ doc, context }) => {
  if (!context.disableRevalidate) expireTags([TAGS.redirects()])
  return doc
}

export const expireRedirectLookupsOnDelete: CollectionAfterDeleteHook = ({ doc, context }) => {
  if (!context.disableRevalidate) expireTags([TAGS.redirects()])
  return doc
}
