/**
 * How much a `sort` may ask for. Each sort path into related documents (`relatedFaqs.question`)
 * adds joins to the query, and a few hundred of them ran every query to the statement timeout
 * (the API answered 503 to everyone meanwhile); the same related path twice is a Postgres error
 * ("ORDER BY expressions must appear in select list") that Payload answers with a 500.
 */
export type SortBudget = { fields: number; nestedPaths: number }

export const anonymousSortBudget: SortBudget = { fields: 3, nestedPaths: 1 }
export const signedInSortBudget: SortBudget = { fields: 10, nestedPaths: 3 }

const sortFields = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((field) => String(field).trim().replace(/^[-+]/, ''))
    .filter(Boolean)

/** Why a `sort` cannot be run, or `undefined`. */
export function sortSizeProblem(sort: unknown, budget: SortBudget, name = 'sort') {
  const fields = sortFields(sort)
  if (fields.length > budget.fields) {
    return `"${name}" may name at most ${budget.fields} fields, not ${fields.length}.`
  }
  const twice = fields.find((field, index) => fields.indexOf(field) !== index)
  if (twice) return `"${name}" names "${twice}" twice.`
  // A dotted path goes into a group, a related document or a version's fields.
  const nested = fields.filter((field) => field.includes('.')).length
  if (nested > budget.nestedPaths) {
    return `"${name}" may use at most ${budget.nestedPaths} dotted paths (into related documents), not ${nested}.`
  }
  return undefined
}

/** The same for the `sort` of each join (`joins[feedback][sort]`). */
export function joinsSortSizeProblem(joins: unknown, budget: SortBudget) {
  if (!joins || typeof joins !== 'object') return undefined
  for (const [join, options] of Object.entries(joins)) {
    const sort = (options as { sort?: unknown } | null)?.sort
    const problem =
      sort === undefined ? undefined : sortSizeProblem(sort, budget, `joins[${join}][sort]`)
    if (problem) return problem
  }
  return undefined
}
