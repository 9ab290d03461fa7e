import {
  APIError,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type PayloadRequest,
  type Plugin,
} from 'payload'

import { isStored, unchanged } from '@/fields/storedValues'
import { serverMessages } from '@/i18n/admin/serverMessages'

const forbiddenFieldChange = 'ForbiddenFieldChange'

/** Named explicitly: the production build minifies class names, which Payload logs by. */
class ForbiddenFieldChange extends APIError {
  constructor(fields: string[], language?: string) {
    super(serverMessages.forbiddenFieldChange(fields, language), 403, { fields }, true)
    this.name = forbiddenFieldChange
  }
}

type Value = unknown

/**
 * The names (dotted inside groups) of fields the request would change although the user's
 * field access forbids updating them.
 */
async function forbiddenChanges(
  fields: FlattenedField[],
  sent: Record<string, Value>,
  stored: Record<string, Value> | undefined,
  req: PayloadRequest,
  id: number | string | undefined,
  prefix = '',
): Promise<string[]> {
  const found: string[] = []
  for (const field of fields) {
    if (!isStored(field) || !(field.name in sent)) continue
    const value = sent[field.name]
    const before = stored?.[field.name]
    const access = field.access?.update
    const allowed = access
      ? await access({ req, id, data: sent, doc: stored, siblingData: sent })
      : true
    if (!allowed) {
      // A bulk update has no single stored value to compare with: any value is a change.
      if (!stored || !unchanged(field, value, before)) found.push(`${prefix}${field.name}`)
      continue
    }
    if (field.type === 'array' && field.flattenedFields.some((f) => f.access?.update)) {
      // Rows of a shared list whose text is translated (see sharedFieldsForEditors): the rows
      // must be the stored ones, in order, and each row's shared fields unchanged.
      const rows = Array.isArray(value) ? (value as Record<string, Value>[]) : []
      const storedRows = Array.isArray(before) ? (before as Record<string, Value>[]) : []
      const sameRows =
        (value === 0 && storedRows.length === 0) ||
        (rows.length === storedRows.length &&
          rows.every((row, i) => row && row.id !== undefined && row.id === storedRows[i]?.id))
      if (!stored || !sameRows) {
        found.push(`${prefix}${field.name}`)
        continue
      }
      for (const [i, row] of rows.entries()) {
        found.push(
          ...(await forbiddenChanges(
            field.flattenedFields,
            row,
            storedRows[i],
            req,
            id,
            `${prefix}${field.name}.${i}.`,
          )),
        )
      }
      continue
    }
    if (field.type === 'group' && value && typeof value === 'object' && !Array.isArray(value)) {
      found.push(
        ...(await forbiddenChanges(
          field.flattenedFields,
          value as Record<string, Value>,
          before as Record<string, Value> | undefined,
          req,
          id,
          `${prefix}${field.name}.`,
        )),
      )
    }
  }
  return found
}

/**
 * Payload quietly keeps the stored value of a field the user may not update and answers 200
 * "Updated successfully", so a translator's change to a shared fact (or an editor's to their own
 * role) looked saved and was lost. Such a request is refused instead, with a 403 that names the
 * fields; sending a field's current value unchanged (as the admin's form does) is fine. Local
 * API calls with `overrideAccess` (our own code) are not checked.
 */
export const refuseForbiddenFieldChanges: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (overrideAccess || operation !== 'update') return args
  const data = args.data as Record<string, Value> | undefined
  if (!data || typeof data !== 'object') return args
  const id = (args as { id?: number | string }).id
  const stored =
    id === undefined
      ? undefined
      : ((await req.payload.findByID({
          collection: collection.slug,
          id,
          depth: 0,
          draft: Boolean(collection.versions?.drafts),
          locale: req.locale ?? undefined,
          fallbackLocale: false,
          overrideAccess: true,
          disableErrors: true,
          req,
        })) as Record<string, Value> | null)
  if (id !== undefined && !stored) return args // not there: Payload answers the 404
  const fields = await forbiddenChanges(
    collection.flattenedFields,
    data,
    stored ?? undefined,
    req,
    id,
  )
  if (fields.length > 0) throw new ForbiddenFieldChange(fields, req.i18n?.language)
  return args
}

/** Adds `refuseForbiddenFieldChanges` to every collection and logs its refusals as info. */
export const refuseForbiddenFieldChangesEverywhere: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refuseForbiddenFieldChanges],
    },
  })),
  loggingLevels: { ...config.loggingLevels, [forbiddenFieldChange]: 'info' },
})
