import {
  APIError,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type PayloadRequest,
} from 'payload'

import { isStored, unchanged } from '@/fields/storedValues'
import { serverMessages } from '@/i18n/admin/serverMessages'

/**
 * Publishing one locale (`publishSpecificLocale`) takes the other locales from the published
 * version. A document that has none would go live with only that locale's text and the others
 * empty, so it is refused for everyone; one document at a time, since the rule is per document.
 *
 * The shared fields (dates, relations, order), though, Payload takes from the save, which is
 * built on the newest draft: an editor's pending change to them went live in every language with
 * a translator's "Publish in Русский". While they have one, a per-locale publish is a 409.
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
    throw new APIError(serverMessages.oneDocumentAtATime(req.i18n?.language), 400, undefined, true)
  }
  const { published, latest } = await publishedAndLatest(req, collection.slug, id)
  if (published?._status !== 'published') {
    throw new APIError(serverMessages.publishWholeFirst(req.i18n?.language), 403, undefined, true)
  }
  // What the save would make of the shared fields: the request's values over the newest draft's.
  const next = { ...(latest ?? {}), ...((args.data ?? {}) as Record<string, unknown>) }
  const pending = differingShared(collection.flattenedFields, next, published)
  if (pending.length > 0) {
    throw new APIError(
      serverMessages.sharedChangePending(pending, req.i18n?.language),
      409,
      { fields: pending },
      true,
    )
  }
  return args
}

const bookkeeping = new Set(['id', '_status', 'createdAt', 'updatedAt'])

/** Shared (not localized) fields whose next value differs from the published one, dotted. */
function differingShared(
  fields: FlattenedField[],
  next: Record<string, unknown>,
  published: Record<string, unknown> | undefined,
  prefix = '',
): string[] {
  const found: string[] = []
  for (const field of fields) {
    if (
      !isStored(field) ||
      bookkeeping.has(field.name) ||
      ('localized' in field && field.localized)
    ) {
      continue
    }
    const [value, before] = [next[field.name], published?.[field.name]]
    if (field.type === 'group') {
      found.push(
        ...differingShared(
          field.flattenedFields,
          (value ?? {}) as Record<string, unknown>,
          before as Record<string, unknown> | undefined,
          `${prefix}${field.name}.`,
        ),
      )
    } else if (!unchanged(field, value, before)) {
      found.push(`${prefix}${field.name}`)
    }
  }
  return found
}

/** The published document (its main row) and the newest version, in the request's locale. */
async function publishedAndLatest(
  req: PayloadRequest,
  collection: Parameters<PayloadRequest['payload']['findByID']>[0]['collection'],
  id: number | string,
) {
  const read = (draft: boolean) =>
    req.payload.findByID({
      collection,
      id,
      depth: 0,
      draft,
      locale: req.locale ?? undefined,
      fallbackLocale: false,
      overrideAccess: true,
      disableErrors: true,
      req,
    }) as Promise<Record<string, unknown> | null>
  // One after the other: both run in the request's transaction, on one connection.
  const published = await read(false)
  return { published, latest: published ? await read(true) : null }
}
