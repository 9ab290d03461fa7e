import type { Block, CollectionConfig, Field, Plugin } from 'payload'

import { blockTexts } from './blocks'
import { collectionLabels } from './collections'
import { fieldTexts, fieldTextsByCollection, type FieldText } from './fields'
import { optionTexts, type OptionTexts } from './options'

type Texts = {
  field: (path: string) => FieldText | undefined
  options: (path: string) => OptionTexts | undefined
}

/**
 * Gives the admin's collection names, field labels, descriptions and select options their words
 * in zh, ru and en from the dictionaries beside this file, by collection slug and field path, so
 * the collection files stay as they are. Payload shows each in the user's admin language. What a
 * dictionary does not name keeps the field's own (English) words: a test lists what is missing.
 */
export const translateAdminLabels: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map(labelCollection),
})

function labelCollection(collection: CollectionConfig): CollectionConfig {
  const names = collectionLabels[collection.slug]
  return {
    ...collection,
    ...(names && { labels: { singular: names.singular, plural: names.plural } }),
    admin: {
      ...collection.admin,
      ...(names?.description && { description: names.description }),
      ...(names?.group && { group: names.group }),
    },
    fields: labelFields(
      {
        field: (path) => fieldTextsByCollection[collection.slug]?.[path] ?? fieldTexts[path],
        options: (path) => optionTexts[path],
      },
      collection.fields,
      '',
    ),
  }
}

/**
 * A rich-text block (steps, callout) with its words in zh, ru and en: the editor's blocks are
 * built before the config, so `contentRichText` applies this itself.
 */
export function labelBlock(block: Block): Block {
  const texts = blockTexts[block.slug]
  if (!texts) return block
  return {
    ...block,
    labels: texts.labels,
    fields: labelFields(
      { field: (path) => texts.fields[path], options: (path) => texts.options?.[path] },
      block.fields,
      '',
    ),
  }
}

function labelFields(texts: Texts, fields: Field[], prefix: string): Field[] {
  return fields.map((field) => {
    if (!('name' in field) || !field.name) {
      // Rows and collapsibles add no path segment.
      return 'fields' in field
        ? ({ ...field, fields: labelFields(texts, field.fields, prefix) } as Field)
        : field
    }
    const path = `${prefix}${field.name}`
    const words = texts.field(path)
    const options = texts.options(path)
    const labelled = { ...field } as Field & Record<string, unknown>
    if (words?.label) labelled.label = words.label
    if (words?.row && field.type === 'array') {
      labelled.labels = { singular: words.row, plural: words.label ?? words.row }
    }
    if (words?.description) {
      labelled.admin = { ...field.admin, description: words.description } as never
    }
    if (options && 'options' in field) {
      labelled.options = field.options.map((option) => {
        const value = typeof option === 'string' ? option : option.value
        return options[value] ? { value, label: options[value] } : option
      })
    }
    if ('fields' in field) labelled.fields = labelFields(texts, field.fields, `${path}.`)
    return labelled as Field
  })
}
