import type { FlattenedField } from 'payload'

/**
 * Whether a value a request sends for a field is the one already stored. The admin's form sends
 * every field back, in its own shapes (ids for related documents, ISO dates, rows with or without
 * ids), so "sent a field" is not "changed it". Used where a field may be sent but not changed:
 * by users without access to it, or while a change to it waits as a draft.
 */
type Value = unknown
const isEmpty = (v: Value) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)

/** A related document as sent (an id, `{ relationTo, value }`) or as read (a populated doc). */
function relationKey(v: Value): Value {
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>
    if ('relationTo' in o) return `${String(o.relationTo)}:${String(relationKey(o.value))}`
    if ('id' in o) return String(o.id)
  }
  return v === undefined || v === null ? v : String(v)
}

/** Stable JSON of rows and blocks, leaving out row ids the admin may or may not send. */
function canonical(v: Value): string {
  return JSON.stringify(v, (key, inner: Value) => {
    if (key === 'id') return undefined
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
    }
    return inner
  })
}

/** Whether a value sent for a field leaves the stored one as it is. */
export function unchanged(field: FlattenedField, sent: Value, stored: Value): boolean {
  if (isEmpty(sent) && isEmpty(stored)) return true
  switch (field.type) {
    case 'array':
    case 'blocks':
      // The admin's form sends an array or blocks field without rows as its row count, 0.
      if (sent === 0 && isEmpty(stored)) return true
      return canonical(sent) === canonical(stored)
    case 'relationship':
    case 'upload': {
      const [a, b] = [sent, stored].map((v) => (Array.isArray(v) ? v : [v]).map(relationKey))
      return canonical(a) === canonical(b)
    }
    case 'date':
      return new Date(String(sent)).getTime() === new Date(String(stored)).getTime()
    case 'number':
      return String(sent) === String(stored)
    default:
      return canonical(sent) === canonical(stored)
  }
}

/** Fields whose value is not stored (joins, virtual fields) are never "changed" by a request. */
export const isStored = (field: FlattenedField) =>
  field.type !== 'join' && !('virtual' in field && field.virtual)
