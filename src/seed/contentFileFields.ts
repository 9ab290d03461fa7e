/**
 * The checks a content file's fields pass before the seed writes them: each reads one value and
 * returns it typed, or throws a `ContentFileError` naming the file and the field. A file's
 * fields are described as a record of checks (`FieldChecks`), and `readFields` refuses unknown
 * and missing keys, so a typo in a file is an error, never a field quietly left out.
 */

import path from 'node:path'

/** A content file that cannot be seeded; the message starts with the file's path. */
export class ContentFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${path.relative(process.cwd(), file) || file}: ${problem}`)
    this.name = 'ContentFileError'
  }
}

/** Reads one value; `problem` throws with the field named. */
export type Check<T> = (value: unknown, problem: (message: string) => never) => T

export type FieldChecks = Record<string, Check<unknown> & { optional?: true }>

export type Fields<S extends FieldChecks> = { [K in keyof S]: ReturnType<S[K]> }

const show = (value: unknown) => JSON.stringify(value)

/** A non-empty string, at most `maxLength` characters. */
export const text =
  ({ maxLength }: { maxLength?: number } = {}): Check<string> =>
  (value, problem) => {
    if (typeof value !== 'string' || value.trim() === '') return problem('must be a non-empty text')
    if (maxLength !== undefined && value.length > maxLength)
      return problem(`is ${value.length} characters long, at most ${maxLength} allowed`)
    return value
  }

/** Lower-case words joined by hyphens: file keys, slugs and references to other documents. */
export const keyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const key: Check<string> = (value, problem) => {
  if (typeof value !== 'string' || !keyPattern.test(value))
    return problem(`must be lower-case words joined by hyphens (got ${show(value)})`)
  return value
}

export const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (value, problem) => {
    if (!values.includes(value as T))
      return problem(`must be one of ${values.map(show).join(', ')} (got ${show(value)})`)
    return value as T
  }

export const wholeNumber: Check<number> = (value, problem) => {
  if (!Number.isSafeInteger(value)) return problem(`must be a whole number (got ${show(value)})`)
  return value as number
}

/** A list, each item checked; with `distinct`, no item twice. */
export const listOf =
  <T>(item: Check<T>, { distinct = false } = {}): Check<T[]> =>
  (value, problem) => {
    if (!Array.isArray(value)) return problem('must be a list')
    const items = value.map((entry: unknown, i) =>
      item(entry, (message) => problem(`item ${i + 1} ${message}`)),
    )
    if (distinct && new Set(items).size !== items.length) return problem('lists an item twice')
    return items
  }

/** The field may be left out or null; it is then stored empty. */
export const optional = <T>(check: Check<T>): Check<T | null> & { optional: true } =>
  Object.assign<Check<T | null>, { optional: true }>(
    (value, problem) => (value === undefined || value === null ? null : check(value, problem)),
    { optional: true },
  )

/** The record's fields checked against `checks`: unknown or missing keys are errors. */
export function readFields<S extends FieldChecks>(
  file: string,
  record: unknown,
  checks: S,
): Fields<S> {
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    throw new ContentFileError(file, 'must hold an object of fields')
  const known = Object.keys(checks)
  for (const name of Object.keys(record)) {
    if (!Object.hasOwn(checks, name))
      throw new ContentFileError(
        file,
        `unknown key "${name}" (expected ${known.map(show).join(', ')})`,
      )
  }
  const fields: Record<string, unknown> = {}
  for (const [name, check] of Object.entries(checks)) {
    const value = (record as Record<string, unknown>)[name]
    if (value === undefined && !check.optional)
      throw new ContentFileError(file, `"${name}" is missing`)
    fields[name] = check(value, (message) => {
      throw new ContentFileError(file, `"${name}" ${message}`)
    })
  }
  return fields as Fields<S>
}

/** A day written `YYYY-MM-DD`, one that exists. */
export const day: Check<string> = (value, problem) => {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  )
    return problem(`must be a day written YYYY-MM-DD (got ${show(value)})`)
  return value
}

/** An object with exactly these fields, each checked (unknown or missing keys are errors). */
export const record =
  <S extends FieldChecks>(checks: S): Check<Fields<S>> =>
  (value, problem) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return problem('must be an object')
    for (const name of Object.keys(value))
      if (!Object.hasOwn(checks, name))
        return problem(
          `has an unknown key "${name}" (expected ${Object.keys(checks).map(show).join(', ')})`,
        )
    const fields: Record<string, unknown> = {}
    for (const [name, check] of Object.entries(checks)) {
      const field = (value as Record<string, unknown>)[name]
      if (field === undefined && !check.optional) return problem(`has no "${name}"`)
      fields[name] = check(field, (message) => problem(`"${name}" ${message}`))
    }
    return fields as Fields<S>
  }

/** The field may be left out; it then reads as `fallback`. */
export const orElse = <T>(check: Check<T>, fallback: T): Check<T> & { optional: true } =>
  Object.assign<Check<T>, { optional: true }>(
    (value, problem) => (value === undefined ? fallback : check(value, problem)),
    { optional: true },
  )
