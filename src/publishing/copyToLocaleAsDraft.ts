import type { CollectionBeforeOperationHook, ServerFunction } from 'payload'
import {
  copyDataFromLocaleHandler,
  type CopyDataFromLocaleArgs,
} from '@payloadcms/ui/utilities/copyDataFromLocale'

const copyingToLocale = 'copyingToLocale'

/**
 * The admin's "Copy to locale" (Payload's `copy-data-from-locale` server function), its save
 * marked as a copy. Payload saves the copy with `draft: true` but sends the source's newest
 * version whole, `_status` included: after a publish of every language at once that is
 * "published", and the copy put the other language's text live (an editor's) or was refused
 * (a translator's).
 */
export const copyDataFromLocaleAsDraft: ServerFunction<CopyDataFromLocaleArgs> = (args) => {
  args.req.context[copyingToLocale] = true
  return copyDataFromLocaleHandler(args)
}

/** A copy to a locale saves a draft of it, whatever `_status` it carries: it publishes nothing. */
export const copiesSaveDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' || req.context[copyingToLocale] !== true) return args
  const data = args.data as { _status?: unknown } | undefined
  if (data?._status !== 'published') return args
  return { ...args, draft: true, data: { ...data, _status: 'draft' } }
}
