import type { SelectField } from 'payload'

/** ISO 3166-1 alpha-2 codes of the countries covered; Kazakhstan first. */
export const countries = [{ value: 'KZ', label: 'Kazakhstan' }] as const

export function countryField(overrides: Partial<SelectField> = {}): SelectField {
  return {
    name: 'country',
    type: 'select',
    required: true,
    defaultValue: 'KZ',
    index: true,
    options: countries.map((c) => ({ ...c })),
    admin: { position: 'sidebar' },
    ...overrides,
  } as SelectField
}
