import type { Collection, FlattenedField, Payload } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { documentId, hasIntegerIds } from './documentIds'

/**
 * What a `where` path names: a collection's id, a field, or keys inside a rich-text or JSON value
 * (`body.root.children.type`). Paths Payload does not know are not resolved here: Payload's own
 * check answers those with a 400 ("The following path cannot be queried").
 */
type Target =
  | { kind: 'id'; collection: string }
  | { kind: 'field'; field: FlattenedField }
  | { kind: 'json'; keys: string[] }

type Scope = { fields: FlattenedField[]; collection?: string }

/**
 * A path that crosses a second relationship (`relatedFaqs.relatedGuides.title`): the Postgres
 * adapter joins only one related collection per path and compares the second hop's id column
 * with NaN, a 500.
 */
type TwoRelationships = { kind: 'twoRelationships'; through: string[] }

const comparisons = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
]
const listOperators = new Set(['in', 'not_in'])

const isConditions = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

const collectionOf = (payload: Payload, slug: string) =>
  (payload.collections as Partial<Record<string, Collection>>)[slug]

function collectionScope(payload: Payload, slug: string): Scope | undefined {
  const collection = collectionOf(payload, slug)
  return collection && { fields: collection.config.flattenedFields, collection: slug }
}

/** The fields a path can continue into after `field`: a group's, or a related collection's. */
function scopeInside(payload: Payload, field: FlattenedField): Scope | undefined {
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return typeof field.relationTo === 'string'
        ? collectionScope(payload, field.relationTo)
        : undefined
    case 'join':
      return typeof field.collection === 'string'
        ? collectionScope(payload, field.collection)
        : undefined
    case 'group':
    case 'array':
    case 'tab':
      return { fields: field.flattenedFields }
    default:
      return undefined
  }
}

const crossesToAnotherCollection = (field: FlattenedField) =>
  field.type === 'relationship' || field.type === 'upload' || field.type === 'join'

function resolveFieldPath(
  payload: Payload,
  collection: string,
  path: string,
): Target | TwoRelationships | undefined {
  const names = path.split('.')
  const localeCodes = payload.config.localization ? payload.config.localization.localeCodes : []
  let scope = collectionScope(payload, collection)
  let field: FlattenedField | undefined
  const crossed: string[] = []
  for (const [i, name] of names.entries()) {
    if (field) {
      if (field.localized && localeCodes.includes(name)) continue
      if (field.type === 'richText' || field.type === 'json') {
        return { kind: 'json', keys: names.slice(i) }
      }
      if (crossesToAnotherCollection(field)) {
        crossed.push(field.name)
        if (crossed.length > 1) return { kind: 'twoRelationships', through: crossed }
      }
      scope = scopeInside(payload, field)
    }
    if (!scope) return undefined
    const found = scope.fields.find((each) => each.name === name)
    if (!found) {
      return name === 'id' && scope.collection && i === names.length - 1
        ? { kind: 'id', collection: scope.collection }
        : undefined
    }
    if (('hidden' in found && found.hidden) || ('virtual' in found && found.virtual)) {
      return undefined
    }
    field = found
  }
  return field && { kind: 'field', field }
}

function resolveTarget(
  payload: Payload,
  collection: string,
  path: string,
): Target | TwoRelationships | undefined {
  const dotted = (path === '_id' ? 'id' : path).replace(/__/g, '.')
  const target = resolveFieldPath(payload, collection, dotted)
  if (target || !collectionOf(payload, collection)?.config.versions) return target
  // Queries on a collection's versions name the document as `parent`, its fields as `version.…`.
  if (dotted === 'parent') return { kind: 'id', collection }
  return dotted.startsWith('version.')
    ? resolveFieldPath(payload, collection, dotted.slice('version.'.length))
    : undefined
}

/** The operators Postgres can answer for the target; `undefined` leaves the path to Payload. */
function operatorsFor(target: Target): string[] | undefined {
  if (target.kind === 'id') return [...comparisons, 'like']
  // Payload writes these as jsonpath; other operators make Postgres refuse the query.
  if (target.kind === 'json') {
    return ['equals', 'not_equals', 'in', 'not_in', 'like', 'not_like', 'exists']
  }
  const { field } = target
  const contains = 'hasMany' in field && field.hasMany ? ['contains'] : []
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return [...comparisons, 'like', 'not_like', 'contains']
    case 'relationship':
    case 'upload':
      return typeof field.relationTo === 'string'
        ? [...comparisons, 'like', ...contains]
        : undefined
    case 'number':
      return [...comparisons, 'like', ...contains]
    case 'date':
      return comparisons
    case 'select':
    case 'radio':
      return [...comparisons, ...contains]
    case 'checkbox':
      return ['equals', 'not_equals', 'in', 'not_in', 'exists']
    case 'join':
      return typeof field.collection === 'string' ? [...comparisons, 'contains'] : undefined
    case 'richText':
    case 'json':
      return ['exists']
    default:
      return undefined
  }
}

/** The collection whose documents a `contains` condition with nested conditions is about. */
function relatedCollection(target: Target): string | undefined {
  if (target.kind !== 'field') return undefined
  const { field } = target
  if ((field.type === 'relationship' || field.type === 'upload') && field.hasMany) {
    return typeof field.relationTo === 'string' ? field.relationTo : undefined
  }
  if (field.type === 'join')
    return typeof field.collection === 'string' ? field.collection : undefined
  return undefined
}

type ItemCheck = (item: unknown) => string | undefined

const isScalar = (item: unknown) =>
  item === null || ['string', 'number', 'boolean'].includes(typeof item)

const anyValue: ItemCheck = (item) => (isScalar(item) ? undefined : 'is not a single value')

const idValue: ItemCheck = (item) =>
  item === null || item === 'null' || documentId(item) !== undefined
    ? undefined
    : 'is not a document id'

const numberValue: ItemCheck = (item) =>
  item === null ||
  item === 'null' ||
  (typeof item === 'number' && Number.isFinite(item)) ||
  (typeof item === 'string' && item.trim() !== '' && Number.isFinite(Number(item)))
    ? undefined
    : 'is not a number'

// Payload reads '' and 'null' as "no date".
const dateValue: ItemCheck = (item) =>
  item === null ||
  item === '' ||
  item === 'null' ||
  ((typeof item === 'string' || typeof item === 'number') &&
    !Number.isNaN(new Date(item).getTime()))
    ? undefined
    : 'is not a date'

const booleanValue: ItemCheck = (item) =>
  item === null || typeof item === 'boolean' || /^(true|false)$/i.test(String(item))
    ? undefined
    : 'is not true or false'

function optionValue(options: (string | { value: string })[]): ItemCheck {
  const values = options.map((option) => (typeof option === 'string' ? option : option.value))
  return (item) =>
    item === null || values.includes(item as string)
      ? undefined
      : `is not one of: ${values.join(', ')}`
}

function itemCheck(payload: Payload, target: Target): ItemCheck {
  const ids = (collection: unknown) =>
    typeof collection === 'string' && hasIntegerIds(payload, collection) ? idValue : anyValue
  if (target.kind === 'id') return ids(target.collection)
  if (target.kind === 'json') return anyValue
  const { field } = target
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return ids(field.relationTo)
    case 'join':
      return ids(field.collection)
    case 'number':
      return numberValue
    case 'date':
      return dateValue
    case 'checkbox':
      return booleanValue
    case 'select':
    case 'radio':
      return optionValue(field.options)
    default:
      return anyValue
  }
}

function describe(target: Target) {
  if (target.kind === 'id') return 'the document id'
  if (target.kind === 'json') return 'keys inside a rich-text or JSON value'
  const { type } = target.field
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} field`
}

function conditionProblem(
  payload: Payload,
  target: Target,
  operator: string,
  value: unknown,
  at: string,
): string | undefined {
  const operators = operatorsFor(target)
  if (!operators) return undefined
  if (!operators.includes(operator)) {
    return `${at}: "${operator}" cannot be used on ${describe(target)}; use one of: ${operators.join(', ')}.`
  }
  if (target.kind === 'json') {
    const key = target.keys.find((each) => !/^[A-Za-z_]\w*$/.test(each))
    if (key !== undefined) {
      return `${at}: "${key}" is not a key name; a path inside a rich-text or JSON value names keys only, e.g. body.root.children.type.`
    }
    // Payload reads only a real list as "any of" here, and anything else only as one value.
    if (listOperators.has(operator) && !Array.isArray(value)) {
      return `${at} must be a list, e.g. ${at}[0]=a&${at}[1]=b.`
    }
    if (!listOperators.has(operator) && Array.isArray(value)) {
      return `${at} must be a single value.`
    }
  }
  if (operator === 'exists') return booleanValue(value) ? `${at} must be true or false.` : undefined
  if (isConditions(value)) {
    const related = operator === 'contains' ? relatedCollection(target) : undefined
    return related
      ? whereProblem(payload, related, value, at)
      : `${at} must be a value, not a set of conditions.`
  }
  if (target.kind === 'field' && target.field.type === 'join') {
    if (operator === 'contains') return `${at} must be conditions on the joined documents.`
  }
  const items =
    listOperators.has(operator) && typeof value === 'string'
      ? value.split(',')
      : Array.isArray(value)
        ? value
        : [value]
  const check = itemCheck(payload, target)
  for (const item of items) {
    const problem =
      typeof item === 'string' && item.includes('\u0000')
        ? 'contains a NUL character, which Postgres text cannot hold'
        : check(item)
    if (problem) return `${at}: ${shown(item)} ${problem}.`
  }
  return undefined
}

/**
 * Why a client's `where` (REST or GraphQL) cannot be answered, or `undefined` when it can.
 * Catches what Payload would hand to Postgres unchecked and turn into a 500: values that do not
 * fit the column (ids beyond the integer range, "abc" as a relationship id, an unknown select
 * option), operators the Postgres adapter lacks for the field (`like` on a date or select,
 * anything but `exists` on rich text, `near` off a point field, `all`), and conditions that are
 * not conditions at all (`where=abc`, `where[or][0]=abc`).
 */
export function whereProblem(
  payload: Payload,
  collection: string,
  where: unknown,
  at = 'where',
): string | undefined {
  if (where === undefined || where === null || (where === '' && at === 'where')) return undefined
  if (!isConditions(where)) return `${at} must be conditions, e.g. ${at}[title][equals]=….`
  for (const [key, condition] of Object.entries(where)) {
    const here = `${at}[${key}]`
    if (/^(and|or)$/i.test(key)) {
      if (!Array.isArray(condition)) {
        return `${here} must be a list of conditions, e.g. ${here}[0][title][equals]=….`
      }
      for (const [i, each] of condition.entries()) {
        const problem = isConditions(each)
          ? whereProblem(payload, collection, each, `${here}[${i}]`)
          : `${here}[${i}] must be conditions, e.g. ${here}[${i}][title][equals]=….`
        if (problem) return problem
      }
      continue
    }
    if (!isConditions(condition)) return `${here} needs an operator, e.g. ${here}[equals]=….`
    const target = resolveTarget(payload, collection, key)
    if (!target) continue
    if (target.kind === 'twoRelationships') {
      const [first, second] = target.through
      return `${here}: a path may cross one relationship ("${first}"), not a second ("${second}"); query the related collection instead.`
    }
    for (const [operator, value] of Object.entries(condition)) {
      // Unknown operators are Payload's to answer (a 400 naming the path).
      if (!validOperatorSet.has(operator as never)) continue
      const problem = conditionProblem(payload, target, operator, value, `${here}[${operator}]`)
      if (problem) return problem
    }
  }
  return undefined
}
