import type { FlattenedField } from 'payload'

import { isStored, unchanged } from '@/fields/storedValues'

const bookkeeping = new Set(['id', '_status', 'createdAt', 'updatedAt'])

/**
 * Shared (not localized) fields whose next value differs from the published one, dotted: a
 * change that a publish of any one language would put live in all of them. `next` and
 * `published` are read alike (one locale, or all).
 */
export function sharedChanges(
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
        ...sharedChanges(
          field.flattenedFields,
          (value ?? {}) as Record<string, unknown>,
          before as Record<string, unknown> | undefined,
          `${prefix}${field.name}.`,
        ),
      )
    } else if (field.type === 'array' && Array.isArray(value) && Array.isArray(before)) {
      // A shared list may hold localized texts (a carrier's facts): only its rows, their order
      // and their shared fields are shared; a translator's text in one row is not.
      const rows = value as Record<string, unknown>[]
      const beforeRows = before as Record<string, unknown>[]
      const changed =
        rows.length !== beforeRows.length ||
        rows.some(
          (row, i) =>
            row?.id !== beforeRows[i]?.id ||
            sharedChanges(field.flattenedFields, row ?? {}, beforeRows[i]).length > 0,
        )
      if (changed) found.push(`${prefix}${field.name}`)
    } else if (!unchanged(field, value, before)) {
      found.push(`${prefix}${field.name}`)
    }
  }
  return found
}
