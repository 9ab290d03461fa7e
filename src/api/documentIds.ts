import type { Collection, Payload } from 'payload'

/** Postgres `integer`: the type of Payload's serial ids and of every relationship column. */
const smallestId = -(2 ** 31)
const largestId = 2 ** 31 - 1

/**
 * The integer a client sent as a document id (a number, or digits in a query string), when it
 * fits the id column; `undefined` for anything Postgres would refuse ("abc", 1.5, 99999999999).
 */
export function documentId(value: unknown): number | undefined {
  const id =
    typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)
      ? Number(value)
      : typeof value === 'number'
        ? value
        : NaN
  return Number.isInteger(id) && id >= smallestId && id <= largestId ? id : undefined
}

/** True when the collection uses Payload's default serial ids (not a custom or uuid id). */
export function hasIntegerIds(payload: Payload, slug: string) {
  const collection = (payload.collections as Partial<Record<string, Collection>>)[slug]
  return payload.db.defaultIDType === 'number' && Boolean(collection) && !collection?.customIDType
}
