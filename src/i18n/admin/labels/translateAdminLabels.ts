import type { CollectionConfig, Field, Plugin } from 'payload'

import { collectionLabels } from './collections'
import { fieldTexts, fieldTextsByCollection } from './fields'
import { optionTexts } from './options'

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
    fields: labelFields(collection.slug, collection.fields, ''),
  }
}

function labelFields(slug: string, fields: Field[], prefix: string): Field[] {
  return fields.map((field) => {
    if (!('name' in field) || !field.name) {
      // Rows and collapsibles add no path segment.
      return 'fields' in field
        ? ({ ...field, fields: labelFields(slug, field.fields, prefix) } as Field)
        : field
    }
    const path = `${prefix}${field.name}`
    const texts = fieldTextsByCollection[slug]?.[path] ?? fieldTexts[path]
    const options = optionTexts[path]
    const labelled = { ...field } as Field & Record<string, unknown>
    if (texts?.label) labelled.label = texts.label
    if (texts?.description) {
      labelled.admin = { ...field.admin, description: texts.description } as never
    }
    if (options && 'options' in field) {
      labelled.options = field.options.map((option) => {
        const value = typeof option === 'string' ? option : option.value
        return options[value] ? { value, label: options[value] } : option
      })
    }
    if ('fields' in field) labelled.fields = labelFields(slug, field.fields, `${path}.`)
    return labelled as Field
  })
}
