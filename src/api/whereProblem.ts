import {
  buildVersionCollectionFields,
  type Collection,
  type FlattenedField,
  getLocalizedPaths,
  type Payload,
} from 'payload'
import { validOperatorSet } from 'payload/shared'

import { postgres } from '@/db/postgres'

import { documentId, hasIntegerIds } from './documentIds'

/**
 * One step of a `where` path as Payload resolves it (`getLocalizedPaths`, what its own query
 * validation and the Postgres adapter use): a field, with the collection it belongs to.
 */
type Step = ReturnType<typeof getLocalizedPaths>[number]

const isConditions = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

const collectionOf = (payload: Payload, slug: string) =>
  (payload.collections as Partial<Record<string, Collection>>)[slug]?.config

/**
 * The steps of `path` in the collection, or `undefined` for a path Payload does not know (its
 * own check answers those with a 400, "The following path cannot be queried"). A collection's
 * versions are queried with their own fields (`parent`, `version.title`).
 */
function resolvePath(payload: Payload, slug: string, path: string): Step[] | undefined {
  const config = collectionOf(payload, slug)
  if (!config) return undefined
  const incomingPath = path === '_id' ? 'id' : path.replace(/__/g, '.')
  const steps = (fields: FlattenedField[]) => {
    try {
      const found = getLocalizedPaths({ collectionSlug: slug, fields, incomingPath, payload })
      return found.every((step) => step.field && !step.invalid) ? found : undefined
    } catch {
      return undefined // polymorphic joins: Payload's to answer
    }
  }
  return (
    steps(config.flattenedFields) ??
    (config.versions
      ? steps(buildVersionCollectionFields(payload.config, config, true))
      : undefined)
  )
}

const crossesCollections = (field: FlattenedField) =>
  field.type === 'relationship' || field.type === 'upload' || field.type === 'join'

/** The collection a relationship, upload or join field points to, when it is one. */
function relatedSlug(field: FlattenedField): string | undefined {
  if (field.type === 'relationship' || field.type === 'upload') {
    return typeof field.relationTo === 'string' ? field.relationTo : undefined
  }
  if (field.type === 'join') {
    return typeof field.collection === 'string' ? field.collection : undefined
  }
  return undefined
}

/**
 * The collections of a relationship to several (translation-status's `document`): the Postgres
 * adapter compares only its id, `<path>.value`; a condition on the field itself is its
 * "Not supported", a 500.
 */
function relatesToSeveral(field: FlattenedField): string[] | undefined {
  const polymorphic =
    (field.type === 'relationship' || field.type === 'upload') && Array.isArray(field.relationTo)
  return polymorphic ? (field.relationTo as string[]) : undefined
}

// `getLocalizedPaths` names a document's own id as a field `{ name: 'id' }` of no collection field.
const isDocumentId = (payload: Payload, step: Step) =>
  step.field.name === 'id' &&
  step.path === 'id' &&
  !collectionOf(payload, step.collectionSlug ?? '')?.flattenedFields.some((f) => f.name === 'id')

type ItemCheck = (item: unknown) => string | undefined

const anyValue: ItemCheck = () => undefined

// Postgres is not asked: Payload turns a value that is not an id into NaN, or leaves it out.
const idValue: ItemCheck = (item) =>
  item === null || item === 'null' || documentId(item) !== undefined
    ? undefined
    : 'is not a document id'

// Postgres is not asked: Payload sends NaN, which a numeric column takes (and matches nothing).
const numberValue: ItemCheck = (item) =>
  item === null ||
  item === 'null' ||
  (typeof item === 'number' && Number.isFinite(item)) ||
  (typeof item === 'string' && item.trim() !== '' && Number.isFinite(Number(item)))
    ? undefined
    : 'is not a number'

// Postgres is not asked: Payload drops a date it cannot read. It reads '' and 'null' as "no date".
const dateValue: ItemCheck = (item) =>
  item === null ||
  item === '' ||
  item === 'null' ||
  ((typeof item === 'string' || typeof item === 'number') &&
    !Number.isNaN(new Date(item).getTime()))
    ? undefined
    : 'is not a date'

// Payload reads anything but true as false.
const isBoolean = (item: unknown) =>
  typeof item === 'boolean' || /^(true|false)$/i.test(String(item))

function itemCheck(payload: Payload, step: Step): ItemCheck {
  const ids = (slug: string | undefined) =>
    slug && hasIntegerIds(payload, slug) ? idValue : anyValue
  if (isDocumentId(payload, step)) return ids(step.collectionSlug)
  const { field } = step
  if (crossesCollections(field)) return ids(relatedSlug(field))
  if (field.type === 'number') return numberValue
  if (field.type === 'date') return dateValue
  return anyValue
}

function describe(payload: Payload, step: Step) {
  if (isDocumentId(payload, step)) return 'the document id'
  const { type } = step.field
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} field`
}

function conditionProblem(
  payload: Payload,
  step: Step,
  operator: string,
  value: unknown,
  at: string,
): string | undefined {
  // The adapter looks the operator up and calls it: one it lacks (`near` off a point field,
  // `all`) is a TypeError. Operators it has but the column's type lacks are Postgres' 42883.
  const { operators } = postgres(payload)
  if (step.field.type !== 'point' && !Object.hasOwn(operators, operator)) {
    const known = Object.keys(operators).filter((each) => validOperatorSet.has(each as never))
    return `${at}: "${operator}" cannot be used on ${describe(payload, step)}; Payload's Postgres adapter has: ${known.join(', ')}.`
  }
  if (operator === 'exists') return isBoolean(value) ? undefined : `${at} must be true or false.`
  if (isConditions(value)) {
    // Payload's nested queries: `contains` on a has-many relationship or a join.
    const { field } = step
    const related = relatedSlug(field)
    const nested = field.type === 'join' || ('hasMany' in field && field.hasMany === true)
    return operator === 'contains' && related && nested
      ? whereProblem(payload, related, value, at)
      : `${at} must be a value, not a set of conditions.`
  }
  if (step.field.type === 'join' && operator === 'contains') {
    return `${at} must be conditions on the joined documents.`
  }
  const items =
    (operator === 'in' || operator === 'not_in') && typeof value === 'string'
      ? value.split(',')
      : Array.isArray(value)
        ? value
        : [value]
  const check = itemCheck(payload, step)
  for (const item of items) {
    const problem = check(item)
    if (problem) return `${at}: ${shown(item)} ${problem}.`
  }
  return undefined
}

/**
 * Why a client's `where` (REST or GraphQL) cannot be answered, or `undefined` when it can. Only
 * what neither Payload nor Postgres says: conditions that are not conditions (`where=1`,
 * `where[or][0]=abc`, which Payload ignores), ids, numbers and dates Payload turns into NaN or
 * drops before Postgres sees them, a path crossing two relationships, and operators Payload's
 * Postgres adapter lacks. A value or operator the column's type refuses (an unknown select
 * option, `like` on a date, an integer out of range) is Postgres' to say: its error is a 400 with
 * its message (src/api/clientError.ts). Paths Payload does not know are Payload's 400.
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
    const steps = resolvePath(payload, collection, key)
    if (!steps) continue
    // The Postgres adapter joins one related collection per path; a second hop's id column is
    // compared with NaN, or its field is not found: a 500.
    const crossed = steps.slice(0, -1).filter((step) => crossesCollections(step.field))
    if (crossed.length > 1) {
      const [first, second] = crossed.map((step) => step.field.name)
      return `${here}: a path may cross one relationship ("${first}"), not a second ("${second}"); query the related collection instead.`
    }
    const last = steps[steps.length - 1]
    const several = relatesToSeveral(last.field)
    if (several && !/(\.|__)value$/.test(key)) {
      const [operator] = Object.keys(condition)
      return `${here}[${operator}]: ${key} relates to several collections (${several.join(', ')}); compare its id, ${at}[${key}.value][equals]=…, and the collection, ${at}[collection][equals]=….`
    }
    for (const [operator, value] of Object.entries(condition)) {
      // Unknown operators are Payload's to answer (a 400 naming the path).
      if (!validOperatorSet.has(operator as never)) continue
      const problem = conditionProblem(payload, last, operator, value, `${here}[${operator}]`)
      if (problem) return problem
    }
  }
  return undefined
}
