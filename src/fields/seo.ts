import type { GroupField } from 'payload'

/** Per-locale search-engine title and description; pages fall back to the document's own text. */
export function seoFields(overrides: Partial<GroupField> = {}): GroupField {
  return {
    name: 'meta',
    type: 'group',
    label: 'SEO',
    ...overrides,
    fields: [
      { name: 'title', type: 'text', localized: true, maxLength: 70 },
      { name: 'description', type: 'textarea', localized: true, maxLength: 170 },
      ...(overrides.fields ?? []),
    ],
  } as GroupField
}
