import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { serverMessages } from '@/i18n/admin/serverMessages'

const isSet = (flag: unknown) => flag === true || flag === 'true'

/**
 * The publish state is shared by every language: publishing the whole document would also put
 * other people's pending drafts live, and unpublishing takes every language offline. So a
 * translator may save drafts, and publish only their own locale (Payload's publishSpecificLocale,
 * which takes the other locales from the published version); everything else is refused here,
 * on the server, for REST, GraphQL and the Local API alike.
 */
export const limitTranslatorPublishing: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  const { user } = req
  if (overrideAccess || !checkRole(['translator'], user)) return args
  if (operation === 'restoreVersion')
    throw new APIError(
      serverMessages.translatorsPublishOwnLanguage(req.i18n?.language),
      403,
      undefined,
      true,
    )
  if (operation !== 'update') return args
  // Payload's all-locales flags (meant for per-locale status) make a save write the published
  // version back over pending drafts: the whole document again, so not for translators.
  if (isSet(args.unpublishAllLocales) || isSet(args.publishAllLocales)) {
    throw new APIError(
      serverMessages.translatorsPublishOwnLanguage(req.i18n?.language),
      403,
      undefined,
      true,
    )
  }

  const status = (args.data as { _status?: 'draft' | 'published' } | undefined)?._status
  const savingDraft = Boolean(args.draft) && status !== 'published'
  if (savingDraft) return args
  const ownLocale = args.publishSpecificLocale as string | undefined
  const publishingOwnLocale =
    Boolean(ownLocale && user?.editableLocales?.includes(ownLocale as never)) && status !== 'draft'
  if (publishingOwnLocale) return args
  throw new APIError(
    serverMessages.translatorsPublishOwnLanguage(req.i18n?.language),
    403,
    undefined,
    true,
  )
}
