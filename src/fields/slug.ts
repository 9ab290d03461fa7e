import type { Field, FieldHook, TextField } from 'payload'

/** URL-safe form: lower case, words joined by hyphens; Cyrillic and CJK letters are kept. */
export function toSlug(value: string): string {
  return value
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^\p{L}\p{N}-]+/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
}

const formatSlug: FieldHook = ({ value }) => (typeof value === 'string' ? toSlug(value) : value)

type SlugFieldOptions = {
  /** A guide's slug differs per locale; a carrier's is one for all. */
  localized?: boolean
  overrides?: Partial<TextField>
}

/** The `slug` field every public document has: required, unique, normalised on save. */
export function slugField({ localized = false, overrides = {} }: SlugFieldOptions = {}): Field {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    localized,
    ...overrides,
    admin: { position: 'sidebar', ...overrides.admin },
    hooks: {
      ...overrides.hooks,
      beforeValidate: [formatSlug, ...(overrides.hooks?.beforeValidate ?? [])],
    },
  } as TextField
}
