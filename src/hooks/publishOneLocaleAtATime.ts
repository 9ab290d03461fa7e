import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isLocale } from '@/i18n/locales'

import { readPublicState } from './publicState'

const isSet = (flag: unknown) => flag === true || flag === 'true'

const sayWhichLanguage =
  'Say which language to publish (?locale=zh|ru|en), or publish every language at once with publishAllLocales=true.'

/** Set by `publishOneLocaleAtATime` when a save publishes every language (an editor's choice). */
export const publishesAllLocales = (context: Record<string, unknown>, collection: string) =>
  context[`publishesAllLocales:${collection}`] === true

/**
 * A publish publishes the language being edited, and only that one.
 *
 * Payload publishes a save built on the newest draft, which holds every language's pending
 * draft: an editor's "Publish changes" in English put the Russian translator's unreviewed draft
 * live. So, on the server and for every API (the admin's button, REST, GraphQL, the Local API), a
 * publish that does not name its language becomes `publishSpecificLocale` of the request's
 * locale, which takes the other languages from the published version and keeps their drafts
 * pending. Publishing every language at once is asked for explicitly (`publishAllLocales=true`,
 * editors only: `limitTranslatorPublishing` refuses it to translators); Payload itself ignores
 * that flag without its experimental `localizeStatus`, so the save then publishes everything as
 * before. Drafts, unpublishing (`_status: "draft"`) and restores are left as they are, and so is
 * a save that sends no status to a document that is not public: Payload keeps it a draft, and
 * nothing goes live. Whether the document may be published in that language alone is
 * `publishLocaleOfPublishedOnly`'s rule.
 */
export const publishOneLocaleAtATime: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update') return args
  const status = (args.data as { _status?: unknown } | undefined)?._status
  // A draft save (also with publishAllLocales: Payload saves a draft when ?draft=true).
  if (args.draft && status !== 'published') return args
  if (status === 'draft' || args.publishSpecificLocale) return args
  if (isSet(args.publishAllLocales)) {
    req.context[`publishesAllLocales:${collection.slug}`] = true
    return args
  }
  const id = (args as { id?: number | string }).id
  if (status === undefined && id !== undefined) {
    if ((await readPublicState(req, collection.slug, id)) !== 'published') return args
  }
  if (!isLocale(req.locale)) throw new APIError(sayWhichLanguage, 400, undefined, true)
  return { ...args, publishSpecificLocale: req.locale }
}
