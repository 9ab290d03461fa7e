import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { unchanged } from '@/fields/storedValues'
import { serverMessages } from '@/i18n/admin/serverMessages'

/**
 * A media file is shared by every locale, so replacing it (or cropping it, or changing its
 * filename, dimensions, focal point, sizes…) is for editors: a translator's request doing so is
 * refused with a 403 before Payload writes or deletes any file. Field access alone would only
 * drop the upload fields silently, and not the file itself. What translators may change is the
 * localized fields (alt text); their locale is checked by the collection's update access.
 */
export const keepMediaFilesForEditors: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' || overrideAccess) return args
  if (!checkRole(['translator'], req.user) || checkRole(['admin', 'editor'], req.user)) return args

  const language = req.i18n?.language
  if (req.file) throw new APIError(serverMessages.mediaIsShared({ replacing: true }, language), 403)
  if (req.query?.uploadEdits) {
    throw new APIError(serverMessages.mediaIsShared({ resizing: true }, language), 403)
  }

  const localized = new Set(
    collection.flattenedFields
      .filter((field) => 'localized' in field && field.localized)
      .map((f) => f.name),
  )
  const { data, id } = args as { data?: Record<string, unknown>; id?: number | string }
  // Payload keeps the id and sets the timestamps itself; the rest belongs to the shared file.
  const shared = Object.keys(data ?? {}).filter(
    (key) => !localized.has(key) && !['id', 'createdAt', 'updatedAt'].includes(key),
  )
  if (shared.length === 0) return args
  // One document: what the admin sends back unchanged is fine. Many (`where`): any is refused.
  const current =
    id !== undefined && id !== null
      ? await req.payload.findByID({
          collection: collection.slug,
          id,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
      : null
  const fields = new Map(collection.flattenedFields.map((field) => [field.name, field]))
  const changed = shared.filter((key) => {
    const field = fields.get(key)
    const stored = (current as unknown as Record<string, unknown> | null)?.[key]
    return !current || !field || !unchanged(field, data?.[key], stored)
  })
  if (changed.length === 0) return args
  throw new APIError(serverMessages.mediaIsShared({ fields: changed }, language), 403)
}
