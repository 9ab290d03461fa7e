import {
  APIError,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type Where,
} from 'payload'

import { checkRole } from '@/access/checkRole'
import { defaultLocale } from '@/i18n/locales'
import { serverMessages } from '@/i18n/admin/serverMessages'
import { readPublishedAndNewest } from '@/publishing/publishedAndNewest'
import { sharedChanges } from '@/publishing/sharedChanges'

/**
 * Publishing one locale (`publishSpecificLocale`, which `publishOneLocaleAtATime` makes of every
 * publish that does not ask for all languages) takes the other locales from the published
 * version. A document that has none goes live with only that locale's text and the others
 * empty. That is how an editor publishes a new document's Chinese source first: the other
 * languages' drafts stay drafts and readers see them as untranslated (the zh text, marked, and
 * noindex). Publishing a translation alone of a document whose source is not public would leave
 * the site without its source and fallback, so that is refused, as is every translator's
 * publish of a document that is not published.
 *
 * The shared fields (dates, relations, order), though, Payload takes from the save, which is
 * built on the newest draft: an editor's pending change to them went live in every language with
 * a translator's "Publish in Русский". While they have one, a translator's per-locale publish is
 * a 409. An editor's publish of any language publishes the shared fields with it: they are the
 * editors' own, shared by every language.
 *
 * A bulk save (a PATCH with a `where`) gets the same checks for every document it matches.
 */
export const publishLocaleOfPublishedOnly: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' || !args.publishSpecificLocale) return args
  const status = (args.data as { _status?: unknown } | undefined)?._status
  if (args.draft && status !== 'published') return args // a draft save: nothing goes live
  const id = (args as { id?: number | string }).id
  const ids = id !== undefined ? [id] : await matchedIds(req, collection.slug, args.where)
  // The server's own writes (seed, scripts: `overrideAccess`) are trusted as an editor's.
  const editor = Boolean(overrideAccess) || checkRole(['admin', 'editor'], req.user)
  for (const each of ids) {
    const { published, newest: latest } = await readPublishedAndNewest(
      req,
      collection.slug,
      each,
      req.locale ?? undefined,
    )
    if (published?._status !== 'published') {
      if (editor && args.publishSpecificLocale === defaultLocale) continue
      throw new APIError(
        editor
          ? serverMessages.publishSourceFirst(req.i18n?.language)
          : serverMessages.publishWholeFirst(req.i18n?.language),
        403,
        undefined,
        true,
      )
    }
    if (editor) continue
    // What the save would make of the shared fields: the request's values over the newest draft's.
    const next = { ...(latest ?? {}), ...((args.data ?? {}) as Record<string, unknown>) }
    const pending = sharedChanges(collection.flattenedFields, next, published)
    if (pending.length > 0) {
      throw new APIError(
        serverMessages.sharedChangePending(pending, req.i18n?.language),
        409,
        { fields: pending },
        true,
      )
    }
  }
  return args
}

/** The documents a bulk save would change (its `where`), read as the server, in one query. */
async function matchedIds(
  req: PayloadRequest,
  collection: Parameters<PayloadRequest['payload']['find']>[0]['collection'],
  where: Where | undefined,
) {
  const { docs } = await req.payload.find({
    collection,
    where,
    depth: 0,
    pagination: false,
    select: {},
    draft: true,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id)
}
