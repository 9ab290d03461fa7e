import type { SelectField } from 'payload'

export const topics = ['buying', 'renewal', 'balance', 'expiry', 'troubleshooting'] as const

export type Topic = (typeof topics)[number]

/** What a guide or FAQ is about; the public site groups by it. Labels for readers live in messages. */
export function topicField(overrides: Partial<SelectField> = {}): SelectField {
  return {
    name: 'topic',
    type: 'select',
    required: true,
    index: true,
    options: topics.map((value) => ({ value, label: value[0].toUpperCase() + value.slice(1) })),
    admin: { position: 'sidebar' },
    ...overrides,
  } as SelectField
}
