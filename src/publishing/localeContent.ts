import type { FlattenedField } from 'payload'

import type { Locale } from '@/i18n/locales'

import { localeEditFieldName } from './localeEditField'

type Doc = Record<string, unknown>

const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const holdsLocalized = (field: FlattenedField): boolean =>
  ('localized' in field && Boolean(field.localized)) ||
  ('flattenedFields' in field && field.flattenedFields.some(holdsLocalized))

/**
 * The text of one locale in a document: its localized fields, also inside shared groups and
 * lists (a fact's text, per row id), leaving out the bookkeeping stamp. `locale` given, `doc` is
 * read with `locale: 'all'` and each localized value is that locale's; without it, `doc` is read
 * in one locale. Compared as `sameLocaleContent` to tell a pending change from none.
 */
export function localeContent(fields: FlattenedField[], doc: unknown, locale?: Locale): Doc {
  const source = isObject(doc) ? doc : {}
  const out: Doc = {}
  for (const field of fields) {
    if (!('name' in field) || field.name === localeEditFieldName || !holdsLocalized(field)) continue
    if (field.type === 'join' || ('virtual' in field && field.virtual)) continue
    const value = source[field.name]
    if ('localized' in field && field.localized) {
      out[field.name] = locale && isObject(value) ? value[locale] : locale ? undefined : value
    } else if (field.type === 'array') {
      out[field.name] = (Array.isArray(value) ? value : []).map((row) => ({
        id: isObject(row) ? row.id : undefined,
        ...localeContent(field.flattenedFields, row, locale),
      }))
    } else if ('flattenedFields' in field) {
      out[field.name] = localeContent(field.flattenedFields, value, locale)
    }
  }
  return out
}

/** Stable JSON: keys sorted, and an empty value (null, "", missing) the same as none. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || inner === '') return undefined
    if (isObject(inner)) {
      return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
    }
    return inner
  })
}

export const sameLocaleContent = (a: Doc, b: Doc) => canonical(a) === canonical(b)
