import type { TextField } from 'payload'

/**
 * A public collection's title (its `titleField` in src/content/publicCollections.ts): localized,
 * required, and in the admin's lists shown from zh, marked, where a locale has none yet.
 */
export function titleField(name: string, overrides: Partial<TextField> = {}): TextField {
  return {
    name,
    type: 'text',
    required: true,
    localized: true,
    ...overrides,
    admin: {
      ...overrides.admin,
      components: {
        Cell: '/components/admin/UntranslatedTitleCell#UntranslatedTitleCell',
        ...overrides.admin?.components,
      },
    },
  } as TextField
}
