import type { SelectField } from 'payload'

import { topics } from '@/content/constants'

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
