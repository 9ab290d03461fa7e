import type { CollectionBeforeOperationHook, FlattenedField, Payload } from 'payload'

import { documentId, hasIntegerIds } from './documentIds'
import { RejectedQuery } from './rejectedQuery'

type Data = Record<string, unknown>

/** What the checks need to know of the write: its locales when it names every locale at once. */
type Scope = { payload: Payload; locales: string[] | undefined }

const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * How deep lists and objects may nest in what a client writes. The deepest real content, rich
 * text with lists inside lists, is a few dozen levels; JSON itself has no limit, and Payload's
 * and our own walks over the data recurse, so `{"title":[[[[…]]]]}` ten thousand levels deep
 * was a "Maximum call stack size exceeded" 500.
 */
export const maxDataNesting = 100

/**
 * The path of the first string inside `value` holding a NUL, which Postgres text cannot hold,
 * or `tooDeep` when lists and objects nest beyond `maxDataNesting`. Walked with a stack of its
 * own rather than by recursion, so no depth of input can overflow the call stack.
 */
function nulPath(value: unknown): string | typeof tooDeep | undefined {
  const pending: [unknown, string, number][] = [[value, '', 0]]
  while (pending.length > 0) {
    const [item, at, depth] = pending.pop()!
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return at
      continue
    }
    if (typeof item !== 'object' || item === null) continue
    if (depth >= maxDataNesting) return tooDeep
    const entries = Object.entries(item)
    // Pushed last to first, so the first entry is looked at first.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]
      pending.push([child, at ? `${at}.${key}` : key, depth + 1])
    }
  }
  return undefined
}

const tooDeep = Symbol('tooDeep')

const textFieldTypes = new Set(['text', 'textarea', 'email', 'code'])

const kindOf = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`

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
 * The first field in `data` whose value is not of its type, with nested groups, tabs, arrays
 * and blocks; with `locale=all`, localized values come as `{ zh, ru, en }`.
 */
function dataProblem(
  fields: FlattenedField[],
  data: Data,
  at: string,
  scope: Scope,
): string | undefined {
  const { locales } = scope
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const path = at ? `${at}.${field.name}` : field.name
    const value = data[field.name]
    const perLocale =
      field.localized && locales && isRecord(value)
        ? Object.entries(value).filter(([code]) => locales.includes(code))
        : [['', value] as const]
    for (const [code, each] of perLocale) {
      const problem = valueProblem(field, each, code ? `${path}.${code}` : path, scope)
      if (problem) return problem
    }
  }
  return undefined
}

const listOf = (value: unknown, each: (item: unknown) => boolean) =>
  Array.isArray(value) && value.every(each)

/** Payload turns '' and numeric strings into numbers before it stores a number field. */
const isNumber = (item: unknown) =>
  (typeof item === 'number' && Number.isFinite(item)) ||
  (typeof item === 'string' && (item.trim() === '' || Number.isFinite(Number(item))))

const isDate = (item: unknown) =>
  (typeof item === 'string' || typeof item === 'number') && !Number.isNaN(new Date(item).getTime())

/** An id of the related collection, or a populated document with one. */
const isRelated = (item: unknown, integerIds: boolean): boolean =>
  isRecord(item)
    ? 'id' in item && isRelated(item.id, integerIds)
    : integerIds
      ? documentId(item) !== undefined
      : typeof item === 'string' || typeof item === 'number'

/**
 * Whether a Lexical node and everything under it are nodes: objects whose `children`, where
 * present, are a list of nodes. Lexical's hooks walk `children` on every save and read, and a
 * `"children": "x"` or `[1]` made them throw (a 500).
 */
function isNodeTree(root: Data) {
  const pending: unknown[] = [root]
  while (pending.length > 0) {
    const node = pending.pop()
    if (!isRecord(node)) return false
    if (node.children === undefined) continue
    if (!Array.isArray(node.children)) return false
    pending.push(...node.children)
  }
  return true
}

/**
 * Why a value cannot be stored in its field's column, for the field types Postgres checks
 * itself (an enum, a timestamp, a number, an integer foreign key) and rich text, or `undefined`.
 * Validation would catch most of these, but Payload skips it for drafts, and Postgres then
 * refuses the row: a 500.
 */
function columnProblem(
  field: FlattenedField,
  value: unknown,
  at: string,
  { payload }: Scope,
): string | undefined {
  if (value === null || value === undefined) return undefined
  const many = 'hasMany' in field && field.hasMany === true
  switch (field.type) {
    case 'select':
    case 'radio': {
      const options = field.options.map((option) =>
        typeof option === 'string' ? option : option.value,
      )
      const isOption = (item: unknown) => options.includes(item as string)
      return (many ? listOf(value, isOption) : isOption(value))
        ? undefined
        : `"${at}" must be ${many ? 'a list of' : 'one of'}: ${options.join(', ')}.`
    }
    case 'date':
      return isDate(value) ? undefined : `"${at}" must be a date, e.g. 2026-12-01.`
    case 'number':
      return (many ? listOf(value, isNumber) : isNumber(value))
        ? undefined
        : `"${at}" must be ${many ? 'a list of numbers' : 'a number'}.`
    case 'checkbox':
      return typeof value === 'boolean' || value === 'true' || value === 'false' || value === ''
        ? undefined
        : `"${at}" must be true or false.`
    case 'relationship':
    case 'upload': {
      if (typeof field.relationTo !== 'string' || ['', 'none', 'null'].includes(value as string)) {
        return undefined
      }
      const integerIds = hasIntegerIds(payload, field.relationTo)
      const related = (item: unknown) => isRelated(item, integerIds)
      return (many ? listOf(value, related) : related(value))
        ? undefined
        : `"${at}" must be ${many ? 'a list of document ids' : 'a document id'}.`
    }
    case 'richText':
      return isRecord(value) && isRecord(value.root) && isNodeTree(value.root)
        ? undefined
        : `"${at}" must be rich text (the editor's JSON: a "root" node whose "children" are a list of nodes), not ${isRecord(value) ? 'that' : kindOf(value)}.`
    default:
      return undefined
  }
}

function valueProblem(
  field: FlattenedField,
  value: unknown,
  at: string,
  scope: Scope,
): string | undefined {
  if (textFieldTypes.has(field.type)) return notText(field, value, at)
  const column = columnProblem(field, value, at, scope)
  if (column) return column
  if ((field.type === 'group' || field.type === 'tab') && isRecord(value)) {
    return dataProblem(field.flattenedFields, value, at, scope)
  }
  if (field.type === 'array' && Array.isArray(value)) {
    for (const [i, row] of value.entries()) {
      const problem = isRecord(row)
        ? dataProblem(field.flattenedFields, row, `${at}.${i}`, scope)
        : undefined
      if (problem) return problem
    }
  }
  if (field.type === 'blocks' && Array.isArray(value)) {
    for (const [i, row] of value.entries()) {
      const block = isRecord(row) && field.blocks.find((each) => each.slug === row.blockType)
      const problem = block
        ? dataProblem(block.flattenedFields, row as Data, `${at}.${i}`, scope)
        : undefined
      if (problem) return problem
    }
  }
  return undefined
}

/**
 * Why an account's email or password is not text. The password is no field of the collection
 * (Payload hashes it apart), so the field checks never see it, and an object sent as the new
 * password was silently dropped: a 200 with the old password kept.
 */
function credentialProblem(data: unknown): string | undefined {
  if (!isRecord(data)) return undefined
  for (const key of ['email', 'password']) {
    const value = data[key]
    if (value !== undefined && value !== null && typeof value !== 'string') {
      return `"${key}" must be text, not ${kindOf(value)}.`
    }
  }
  return undefined
}

/**
 * Refuses with a 400 what a REST or GraphQL client sends that Postgres cannot store or that
 * would be stored as something else: data nested deeper than `maxDataNesting`; a NUL character in any string (login and forgot-password
 * emails included: Postgres answers "invalid byte sequence for encoding UTF8: 0x00", a 500) or
 * in an upload's file name; an object or list sent to a text field, which Payload's `text`
 * validation lets through (it checks only lengths) and the adapter stores as JSON text; and a
 * value its column cannot hold (an unknown select option, a date that is none, an id that is
 * not one), which a draft saves without validation straight into Postgres' refusal.
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
  if (data === undefined) return
  const nulAt = nulPath(data)
  if (nulAt === tooDeep) {
    throw new RejectedQuery(
      `The data nests lists or objects more than ${maxDataNesting} levels deep.`,
      400,
    )
  }
  if (nulAt !== undefined) {
    throw new RejectedQuery(
      `"${nulAt || 'data'}" contains a NUL character, which cannot be stored.`,
      400,
    )
  }
  const credential = collection.auth ? credentialProblem(data) : undefined
  if (credential) throw new RejectedQuery(credential, 400)
  if (operation === 'create' || operation === 'update') {
    if (!isRecord(data)) {
      throw new RejectedQuery(`The data must be a JSON object of fields, not ${kindOf(data)}.`, 400)
    }
    const localization = req.payload.config.localization
    const locales = req.locale === 'all' && localization ? localization.localeCodes : undefined
    const problem = dataProblem(collection.flattenedFields, data, '', {
      payload: req.payload,
      locales,
    })
    if (problem) throw new RejectedQuery(problem, 400)
  }
}
