import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { readPublicState, rememberPublicStateBefore } from './publicState'

const publishesWithoutStatus = (collection: string) => `publishesWithoutStatus:${collection}`

/**
 * A save that does not ask to unpublish keeps a published document published.
 *
 * When a request sends no `_status`, Payload fills it in, before any collection hook runs, from
 * the newest version; after anyone saved a draft that is "draft", so a plain save
 * (`PATCH ?locale=en`), a translator's "Publish in Русский" (`?publishSpecificLocale=ru`) or
 * restoring a draft version wrote the whole document back as a draft: gone from the site,
 * search and sitemap in every language. So whether the request sent a status is noted here,
 * before Payload fills it in, and applied per document in `beforeChange`.
 */
const noteUnsentStatus: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  // A restore carries the version's own status, which says nothing about unpublishing.
  const sent =
    operation === 'update' ? (args.data as { _status?: unknown } | undefined)?._status : undefined
  if (operation === 'update' || operation === 'restoreVersion') {
    req.context[publishesWithoutStatus(collection.slug)] = sent === undefined && !args.draft
  }
  return args
}

/**
 * Draft saves and restores "as draft" are untouched (they write a version only); an explicit `_status: "draft"` without
 * `?draft=true` still unpublishes, which only editors may do (see `limitTranslatorPublishing`).
 * The state before the save is kept for the revalidation hook, which must also see it.
 */
const publishedStaysPublished: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const state = await readPublicState(req, collection.slug, originalDoc.id)
  rememberPublicStateBefore(req, collection.slug, originalDoc.id, state)
  if (state === 'published' && req.context[publishesWithoutStatus(collection.slug)]) {
    return { ...data, _status: 'published' }
  }
  return data
}

export const keepDocumentPublished = { noteUnsentStatus, publishedStaysPublished }
