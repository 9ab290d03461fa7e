import type { Collection, FlattenedField, Payload } from 'payload'

/**
 * How large one `where` may be. Payload turns every condition into SQL as it is, and every
 * condition on a path through a relationship (`relatedFaqs.question`, or a hasMany relationship
 * itself) into joins of its own: 200 of them in a 9 KB query string ran until the 4 s statement
 * timeout, and ten such requests held every pool connection, so the whole API answered 503. Each
 * listed value of `in`, `not_in` or `all` is a bind parameter, and beyond 65,535 in one statement
 * Postgres refuses the query.
 */
export type WhereBudget = {
  /** Conditions (a path with one operator), nested ones included. */
  conditions: number
  /** Conditions that join a related collection's tables. */
  relationshipPaths: number
  /** Values in one `in`, `not_in` or `all` list. */
  listValues: number
  /** Values in the whole `where`, every listed one counted. */
  values: number
  /** Levels of `and`/`or` (and of conditions nested in `contains`). */
  nesting: number
}

/**
 * Readers' pages read through the Local API, which is not checked; a hand-written query rarely
 * needs more than a few conditions.
 */
export const anonymousWhereBudget: WhereBudget = {
  conditions: 20,
  relationshipPaths: 3,
  listValues: 100,
  values: 2000,
  nesting: 8,
}

/**
 * The admin sends a few conditions per filter row and search, `id in` the selected rows of a
 * page (at most 100) and `id in` / `not_in` a relationship field's values; qs, which parses the
 * query string, stops reading a list as a list beyond 1,000 items anyway.
 */
export const signedInWhereBudget: WhereBudget = {
  conditions: 100,
  relationshipPaths: 10,
  listValues: 1000,
  values: 10_000,
  nesting: 8,
}

const listOperators = new Set(['in', 'not_in', 'all'])

const isConditions = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const fieldsOf = (payload: Payload, slug: string | undefined) =>
  slug ? (payload.collections as Partial<Record<string, Collection>>)[slug]?.config : undefined

const relatedSlug = (field: FlattenedField) =>
  field.type === 'join'
    ? field.collection
    : field.type === 'relationship' || field.type === 'upload'
      ? field.relationTo
      : undefined

/**
 * Whether a condition on `path` makes Postgres join another collection's tables (a hasMany or
 * polymorphic relationship, a join field, or a path continuing past a relationship), and the
 * collection conditions nested in it (`contains`) are about.
 */
function relationshipOf(
  payload: Payload,
  slug: string | undefined,
  path: string,
): { joins: boolean; related?: string } {
  const config = fieldsOf(payload, slug)
  if (!config) return { joins: false }
  const localeCodes = payload.config.localization ? payload.config.localization.localeCodes : []
  let names = path.replace(/__/g, '.').split('.')
  if (config.versions && names[0] === 'version') names = names.slice(1)
  let fields: FlattenedField[] | undefined = config.flattenedFields
  let field: FlattenedField | undefined
  for (const [i, name] of names.entries()) {
    if (field?.localized && localeCodes.includes(name)) continue
    field = fields?.find((each) => each.name === name)
    if (!field) return { joins: false }
    const related = relatedSlug(field)
    if (related !== undefined) {
      const single = typeof related === 'string' ? related : undefined
      const more = i < names.length - 1
      const joins =
        more ||
        field.type === 'join' ||
        typeof related !== 'string' ||
        ('hasMany' in field && Boolean(field.hasMany))
      return { joins, related: single }
    }
    if (field.type === 'richText' || field.type === 'json') return { joins: false }
    fields = 'flattenedFields' in field ? field.flattenedFields : undefined
  }
  return { joins: false }
}

const listLength = (value: unknown) =>
  Array.isArray(value) ? value.length : typeof value === 'string' ? value.split(',').length : 1

const count = (n: number) => n.toLocaleString('en')

/**
 * Why a client's `where` on `collection` is too large to run, or `undefined`. Walks it without
 * recursion (a JSON `where` can nest deeper than the stack) and stops at the first limit passed.
 */
export function whereSizeProblem(
  payload: Payload,
  collection: string,
  where: unknown,
  budget: WhereBudget,
  at = 'where',
): string | undefined {
  const totals = { conditions: 0, relationshipPaths: 0, values: 0 }
  const pending: { node: unknown; collection?: string; at: string; level: number }[] = [
    { node: where, collection, at, level: 1 },
  ]
  const tooDeep = (place: string) =>
    `${place} nests conditions more than ${budget.nesting} levels deep; at most ${budget.nesting} are allowed.`
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (!isConditions(next.node)) continue // not conditions: whereProblem says so
    for (const [key, condition] of Object.entries(next.node)) {
      const here = `${next.at}[${key}]`
      if (/^(and|or)$/i.test(key)) {
        if (!Array.isArray(condition)) continue
        if (next.level + 1 > budget.nesting) return tooDeep(here)
        for (const [i, each] of condition.entries()) {
          pending.push({
            node: each,
            collection: next.collection,
            at: `${here}[${i}]`,
            level: next.level + 1,
          })
        }
        continue
      }
      const operators = isConditions(condition) ? Object.entries(condition) : [['', condition]]
      const { joins, related } = relationshipOf(payload, next.collection, key)
      for (const [operator, value] of operators) {
        totals.conditions += 1
        if (totals.conditions > budget.conditions) {
          return `${at} has more than ${count(budget.conditions)} conditions; at most ${count(budget.conditions)} are allowed in one request. Ask for fewer, or split the query.`
        }
        if (joins) totals.relationshipPaths += 1
        if (totals.relationshipPaths > budget.relationshipPaths) {
          return `${at} has more than ${count(budget.relationshipPaths)} conditions on related documents (such as ${key}); at most ${count(budget.relationshipPaths)} are allowed in one request.`
        }
        const place = operator ? `${here}[${operator}]` : here
        if (isConditions(value)) {
          if (next.level + 1 > budget.nesting) return tooDeep(place)
          pending.push({ node: value, collection: related, at: place, level: next.level + 1 })
          continue
        }
        const values = listOperators.has(operator as string) ? listLength(value) : 1
        if (values > budget.listValues) {
          return `${place}: the list is too long (${count(values)} values); at most ${count(budget.listValues)} are allowed in one list.`
        }
        totals.values += values
        if (totals.values > budget.values) {
          return `${at} lists more than ${count(budget.values)} values in all; at most ${count(budget.values)} are allowed in one request.`
        }
      }
    }
  }
  return undefined
}

/**
 * The same for the `where` of each join field a REST client asks for (`joins[feedback][where]`),
 * which runs as a query of its own on the joined collection.
 */
export function joinsWhereSizeProblem(
  payload: Payload,
  collection: string,
  joins: unknown,
  budget: WhereBudget,
): string | undefined {
  if (!isConditions(joins)) return undefined
  for (const [path, join] of Object.entries(joins)) {
    if (!isConditions(join) || join.where === undefined) continue
    const { related } = relationshipOf(payload, collection, path)
    const problem = whereSizeProblem(
      payload,
      related ?? '',
      join.where,
      budget,
      `joins[${path}][where]`,
    )
    if (problem) return problem
  }
  return undefined
}
