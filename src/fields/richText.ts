import type { Block, RichTextField } from 'payload'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { rejectUnsafeLinks } from './rejectUnsafeLinks'

/** Numbered steps, rendered as an ordered list. */
export const StepsBlock: Block = {
  slug: 'steps',
  interfaceName: 'StepsBlock',
  fields: [
    {
      name: 'items',
      type: 'array',
      required: true,
      minRows: 1,
      fields: [{ name: 'text', type: 'textarea', required: true }],
    },
  ],
}

/** A tip or a warning set apart from the text around it. */
export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'tip',
      options: [
        { label: 'Tip', value: 'tip' },
        { label: 'Warning', value: 'warning' },
      ],
    },
    { name: 'text', type: 'textarea', required: true },
  ],
}

/**
 * Lexical editor for guides and FAQs: the default features plus steps and callouts, refusing
 * links readers should not follow.
 */
export function contentRichText(overrides: Partial<RichTextField> = {}): RichTextField {
  return {
    type: 'richText',
    localized: true,
    editor: lexicalEditor({
      features: ({ defaultFeatures }) => [
        ...defaultFeatures,
        BlocksFeature({ blocks: [StepsBlock, CalloutBlock] }),
      ],
    }),
    ...overrides,
    hooks: {
      ...overrides.hooks,
      beforeValidate: [rejectUnsafeLinks, ...(overrides.hooks?.beforeValidate ?? [])],
    },
  } as RichTextField
}
