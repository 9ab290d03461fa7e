import type {
  CollectionBeforeOperationHook,
  CollectionSlug,
  FlattenedField,
  PayloadRequest,
} from 'payload'

import { documentId, hasIntegerIds } from './documentIds'
import { RejectedQuery } from './rejectedQuery'

type Data = Record<string, unknown>

/** A relationship value in the data: the field's path, the collection, and the id it names. */
type Reference = { at: string; relationTo: string; id: number | string }

const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The id a relationship value names: an id, or a populated document with one. */
const idOf = (value: unknown): unknown => (isRecord(value) ? value.id : value)

/**
 * Every relationship and upload value in `data` (in groups, tabs, arrays and blocks too) that
 * names one collection; polymorphic ones name theirs per value and are left to Payload.
 */
function references(fields: FlattenedField[], data: Data, at: string, req: PayloadRequest) {
  const found: Reference[] = []
  const locales =
    req.locale === 'all' ? (req.payload.config.localization || undefined)?.localeCodes : undefined
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const path = at ? `${at}.${field.name}` : field.name
    const value = data[field.name]
    const values =
      field.localized && locales && isRecord(value)
        ? Object.entries(value).filter(([code]) => locales.includes(code))
        : [['', value] as const]
    for (const [code, each] of values) {
      const here = code ? `${path}.${code}` : path
      if (
        (field.type === 'relationship' || field.type === 'upload') &&
        typeof field.relationTo === 'string'
      ) {
        for (const item of Array.isArray(each) ? each : [each]) {
          const id = idOf(item)
          const integer = hasIntegerIds(req.payload, field.relationTo)
          const checked = integer
            ? documentId(id)
            : typeof id === 'string' && id !== ''
              ? id
              : undefined
          if (checked !== undefined)
            found.push({ at: here, relationTo: field.relationTo, id: checked })
        }
      } else if ((field.type === 'group' || field.type === 'tab') && isRecord(each)) {
        found.push(...references(field.flattenedFields, each, here, req))
      } else if (field.type === 'array' && Array.isArray(each)) {
        each.forEach((row, i) => {
          if (isRecord(row))
            found.push(...references(field.flattenedFields, row, `${here}.${i}`, req))
        })
      } else if (field.type === 'blocks' && Array.isArray(each)) {
        each.forEach((row, i) => {
          const block = isRecord(row) && field.blocks.find((one) => one.slug === row.blockType)
          if (block)
            found.push(...references(block.flattenedFields, row as Data, `${here}.${i}`, req))
        })
      }
    }
  }
  return found
}

/**
 * Refuses with a 400 naming the field a write that relates to a document that does not exist
 * (`{"relatedFaqs":[9999]}`). Payload's relationship validation does not look the ids up, and
 * drafts skip validation anyway, so Postgres refused the row with a foreign-key error: a 500,
 * logged with the SQL. One query per related collection, only for the ids the write names,
 * in the write's transaction.
 * Runs after `rejectUnstorableData`, which has checked the ids are ids. The Local API is trusted.
 */
export const rejectMissingRelations: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (req.payloadAPI === 'local' || (operation !== 'create' && operation !== 'update')) return
  const { data } = args as { data?: unknown }
  if (!isRecord(data)) return
  const named = references(collection.flattenedFields, data, '', req)
  const byCollection = new Map<string, Reference[]>()
  for (const ref of named)
    byCollection.set(ref.relationTo, [...(byCollection.get(ref.relationTo) ?? []), ref])
  for (const [relationTo, refs] of byCollection) {
    const ids = [...new Set(refs.map((ref) => ref.id))]
    // The adapter itself, in the write's transaction: no hooks (ours would judge this lookup as
    // a client's query), and no second pool connection while the transaction holds one.
    const { docs } = await req.payload.db.find<{ id: number | string }>({
      collection: relationTo as CollectionSlug,
      where: { id: { in: ids } },
      limit: ids.length,
      pagination: false,
      select: { id: true },
      req,
    })
    const existing = new Set(docs.map((doc) => String(doc.id)))
    const missing = refs.find((ref) => !existing.has(String(ref.id)))
    if (missing) {
      throw new RejectedQuery(
        `"${missing.at}" refers to ${relationTo} ${missing.id}, which does not exist.`,
        400,
      )
    }
  }
}
