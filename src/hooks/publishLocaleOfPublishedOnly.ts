import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { readPublicState } from './publicState'

const publishWholeFirst =
  'This document is not published yet, so one language cannot be published on its own: an editor publishes the whole document first.'

/**
 * Publishing one locale (`publishSpecificLocale`) takes the other locales from the published
 * version. A document that has none would go live with only that locale's text and the others
 * empty, so it is refused for everyone; one document at a time, since the rule is per document.
 */
export const publishLocaleOfPublishedOnly: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update' || !args.publishSpecificLocale) return args
  const status = (args.data as { _status?: unknown } | undefined)?._status
  if (args.draft && status !== 'published') return args // a draft save: nothing goes live
  const id = (args as { id?: number | string }).id
  if (id === undefined) {
    throw new APIError('Publish one language of one document at a time.', 400, undefined, true)
  }
  if ((await readPublicState(req, collection.slug, id)) !== 'published') {
    throw new APIError(publishWholeFirst, 403, undefined, true)
  }
  return args
}
