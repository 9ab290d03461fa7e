import type { DateField, Field, GroupField, SelectField, TextField } from 'payload'

import { sourceLanguages } from '@/content/constants'
import { isAllowedLinkUrl } from '@/lib/allowedLinkUrl'

const languageLabels = { zh: '中文', ru: 'Русский', en: 'English', kk: 'Қазақша' }

/** A source link: https only, and only what the content link rule allows (no spaces, no `\`). */
export function isSourceUrl(url: unknown): url is string {
  return isAllowedLinkUrl(url) && url.startsWith('https://')
}

/**
 * Where a fact comes from: the page's https URL, its title as read, its language and the day it
 * was checked. Shared by every locale (a source is one page, whoever reads our text), so a
 * translator never changes it. Used alone (a carrier's fact) and in lists (a guide's sources).
 */
export function sourceFields(): Field[] {
  return [
    {
      name: 'url',
      type: 'text',
      label: 'Page address (https://…)',
      validate: (value: unknown) =>
        value === null ||
        value === undefined ||
        value === '' ||
        isSourceUrl(value) ||
        'A source is an https:// address with no spaces.',
    } as TextField,
    { name: 'title', type: 'text', label: 'Page title, as read' },
    {
      name: 'language',
      type: 'select',
      label: 'Language of the page',
      options: sourceLanguages.map((value) => ({ value, label: languageLabels[value] })),
    } as SelectField,
    {
      name: 'checkedOn',
      type: 'date',
      label: 'Checked on',
      admin: { date: { pickerAppearance: 'dayOnly' } },
    } as DateField,
  ]
}

/** The `source` group of a fact. */
export function sourceField(overrides: Partial<GroupField> = {}): GroupField {
  return {
    name: 'source',
    type: 'group',
    admin: {
      description:
        'Where the fact comes from. A fact with no complete source shows as "not verified yet".',
    },
    fields: sourceFields(),
    ...overrides,
  } as GroupField
}

/** A guide's or FAQ's `sources`: the pages its facts come from, listed after its text. */
export function sourcesField(overrides: Partial<Field> = {}): Field {
  return {
    name: 'sources',
    type: 'array',
    admin: {
      description: 'The pages its facts come from, shown after its text as "Sources".',
    },
    fields: sourceFields(),
    ...overrides,
  } as Field
}
