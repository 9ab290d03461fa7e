import type { CollectionConfig, Field, Plugin } from 'payload'

import { isPublicCollection } from '@/content/publicCollections'

import { translationSourceEndpoint } from './endpoint'

/** The admin component shown after every translatable input (path from the import map's base). */
export const sourceBesideComponent = '/admin/sourceBeside/SourceBeside#SourceBeside'

/** Slugs are derived and checked, not translated (as in src/translation/units.ts). */
const untranslated = new Set(['slug'])

const translatableInput = (field: Field) =>
  field.type === 'text' || field.type === 'textarea' || field.type === 'richText'

/** A list whose rows are one text each (a channel's steps, pros, cautions). */
const isTextList = (field: Field) =>
  field.type === 'array' &&
  field.fields.filter((f) => !('name' in f) || f.name !== 'id').length === 1 &&
  translatableInput(field.fields[0])

function withAfterInput(field: Field): Field {
  const admin = (field.admin ?? {}) as { components?: { afterInput?: unknown[] } }
  return {
    ...field,
    admin: {
      ...admin,
      components: {
        ...admin.components,
        afterInput: [...(admin.components?.afterInput ?? []), sourceBesideComponent],
      },
    },
  } as Field
}

/**
 * The fields with the zh source beside them: every text, textarea and rich-text field that is
 * localized or sits in something localized (a channel's steps, the SEO group, a fact's text) —
 * the fields that hold translation units. A list of texts also gets it on the list, for when it
 * has no rows yet.
 */
export function withSourceBeside(fields: Field[], inLocalized = false, top = true): Field[] {
  return fields.map((field): Field => {
    const localized = inLocalized || ('localized' in field && Boolean(field.localized))
    if (translatableInput(field) && 'name' in field) {
      if (!localized || (top && untranslated.has(field.name))) return field
      return withAfterInput(field)
    }
    if (localized && field.type === 'array' && isTextList(field)) {
      return {
        ...withAfterInput(field),
        fields: withSourceBeside(field.fields, localized, false),
      } as Field
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      const named = 'name' in field && Boolean(field.name)
      return {
        ...field,
        fields: withSourceBeside(field.fields, localized, top && !named),
      } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({
          ...tab,
          fields: withSourceBeside(tab.fields, inLocalized, top && !('name' in tab && tab.name)),
        })),
      }
    }
    return field
  })
}

/**
 * Source beside target, applied in one place: every public collection's translatable fields
 * show the zh source when edited in another locale, and the endpoint that serves it.
 */
export const sourceBesideTarget: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection): CollectionConfig =>
    isPublicCollection(collection.slug)
      ? { ...collection, fields: withSourceBeside(collection.fields) }
      : collection,
  ),
  endpoints: [...(config.endpoints ?? []), translationSourceEndpoint],
})
