import type { Block, RichTextField } from 'payload'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { labelBlock } from '@/i18n/admin/labels/translateAdminLabels'

import { rejectUnsafeLinks } from './rejectUnsafeLinks'

const stepLine = /^\s*\d+\.\s+(.+?)\s*$/

/**
 * Numbered steps, rendered as an ordered list. In Markdown (the seed's content files, Payload's
 * Markdown conversion) a `<steps>` element holding a numbered list, one step per item.
 */
export const StepsBlock: Block = {
  slug: 'steps',
  interfaceName: 'StepsBlock',
  jsx: {
    import: ({ children }) => {
      const lines = children.split('\n').filter((line) => line.trim() !== '')
      const items = lines.map((line) => stepLine.exec(line)?.[1])
      // Anything but a numbered list is not a steps block: the text stays as it was written.
      if (!items.length || items.some((text) => text === undefined)) return false
      return { items: items.map((text) => ({ text })) }
    },
    export: ({ fields }) => ({
      children: (fields.items as { text: string }[])
        .map((item, i) => `${i + 1}. ${item.text}`)
        .join('\n'),
    }),
  },
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

const calloutKinds = [
  { label: 'Tip', value: 'tip' },
  { label: 'Warning', value: 'warning' },
]

/**
 * A tip or a warning set apart from the text around it. In Markdown a
 * `<callout kind="tip|warning">` element around its (plain) text.
 */
export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  jsx: {
    import: ({ children, props }) => {
      const text = children.trim()
      if (!calloutKinds.some(({ value }) => value === props.kind) || !text) return false
      return { kind: props.kind, text }
    },
    export: ({ fields }) => ({ props: { kind: fields.kind }, children: String(fields.text) }),
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'tip',
      options: calloutKinds,
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
        BlocksFeature({ blocks: [StepsBlock, CalloutBlock].map(labelBlock) }),
      ],
    }),
    ...overrides,
    hooks: {
      ...overrides.hooks,
      beforeValidate: [rejectUnsafeLinks, ...(overrides.hooks?.beforeValidate ?? [])],
    },
  } as RichTextField
}
