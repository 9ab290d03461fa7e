import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'

import { RejectedQuery } from './rejectedQuery'

type Data = Record<string, unknown>

const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The path of the first string inside `value` holding a NUL, which Postgres text cannot hold. */
function nulPath(value: unknown, at: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? at : undefined
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulPath(item, `${at}.${i}`)
      if (found) return found
    }
  }
  if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, at ? `${at}.${key}` : key)
      if (found) return found
    }
  }
  return undefined
}

const textFieldTypes = new Set(['text', 'textarea', 'email', 'code'])

const kindOf = (value: unknown) =>
  Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`

/** Why a text field's value is not text (a list of texts for `hasMany`), or `undefined`. */
function notText(field: FlattenedField, value: unknown, at: string): string | undefined {
  if (value === null || value === undefined) return undefined
  if (field.type === 'text' && field.hasMany) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string')
      ? undefined
      : `"${at}" must be a list of texts, not ${kindOf(value)}.`
  }
  return typeof value === 'string' ? undefined : `"${at}" must be text, not ${kindOf(value)}.`
}

/**
 * The first text, textarea, email or code field in `data` whose value is not text, with nested
 * groups, tabs, arrays and blocks; `locales` when the write names every locale at once
 * (`locale=all`), so localized values come as `{ zh, ru, en }`.
 */
function textProblem(
  fields: FlattenedField[],
  data: Data,
  at: string,
  locales: string[] | undefined,
): string | undefined {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const path = at ? `${at}.${field.name}` : field.name
    const value = data[field.name]
    const perLocale =
      field.localized && locales && isRecord(value)
        ? Object.entries(value).filter(([code]) => locales.includes(code))
        : [['', value] as const]
    for (const [code, each] of perLocale) {
      const problem = valueProblem(field, each, code ? `${path}.${code}` : path, locales)
      if (problem) return problem
    }
  }
  return undefined
}

function valueProblem(
  field: FlattenedField,
  value: unknown,
  at: string,
  locales: string[] | undefined,
): string | undefined {
  if (textFieldTypes.has(field.type)) return notText(field, value, at)
  if ((field.type === 'group' || field.type === 'tab') && isRecord(value)) {
    return textProblem(field.flattenedFields, value, at, locales)
  }
  if (field.type === 'array' && Array.isArray(value)) {
    for (const [i, row] of value.entries()) {
      const problem = isRecord(row)
        ? textProblem(field.flattenedFields, row, `${at}.${i}`, locales)
        : undefined
      if (problem) return problem
    }
  }
  if (field.type === 'blocks' && Array.isArray(value)) {
    for (const [i, row] of value.entries()) {
      const block = isRecord(row) && field.blocks.find((each) => each.slug === row.blockType)
      const problem = block
        ? textProblem(block.flattenedFields, row as Data, `${at}.${i}`, locales)
        : undefined
      if (problem) return problem
    }
  }
  return undefined
}

/**
 * Refuses with a 400 what a REST or GraphQL client sends that Postgres cannot store or that
 * would be stored as something else: a NUL character in any string (login and forgot-password
 * emails included: Postgres answers "invalid byte sequence for encoding UTF8: 0x00", a 500) or
 * in an upload's file name, and an object or list sent to a text field, which Payload's `text`
 * validation lets through (it checks only lengths) and the adapter stores as JSON text.
 * Checked here, before the operation, rather than in field validation: Payload skips
 * validation when saving a draft, and login and forgot-password have no fields to validate.
 * The Local API (our own code) is trusted.
 */
export const rejectUnstorableData: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (req.payloadAPI === 'local') return
  const fileName = req.file?.name
  if (typeof fileName === 'string' && fileName.includes('\u0000')) {
    throw new RejectedQuery('The file name contains a NUL character.', 400)
  }
  const { data } = args as { data?: unknown }
  if (data === undefined || data === null) return
  const nulAt = nulPath(data, '')
  if (nulAt !== undefined) {
    throw new RejectedQuery(
      `"${nulAt || 'data'}" contains a NUL character, which cannot be stored.`,
      400,
    )
  }
  if ((operation === 'create' || operation === 'update') && isRecord(data)) {
    const localization = req.payload.config.localization
    const locales = req.locale === 'all' && localization ? localization.localeCodes : undefined
    const problem = textProblem(collection.flattenedFields, data, '', locales)
    if (problem) throw new RejectedQuery(problem, 400)
  }
}
