import type { CollectionConfig, Field, Plugin } from 'payload'

import { isPublicCollection } from '@/content/publicCollections'

import { translationSourceEndpoint } from './endpoint'

/** The admin component shown after every translatable input (path from the import map's base). */
export const sourceBesideComponent = '/admin/sourceBeside/SourceBeside#SourceBeside'

/** Slugs are derived and checked, not translated (as in src/translation/units.ts). */
const untranslated = new Set(['slug'])

const translatableInput = (field: Field) =>
  field.type === 'text' || field.type === 'textarea' || field.type === 'richText'

/**
 * The fields with the zh source beside them: every text, textarea and rich-text field that is
 * localized or sits in something localized (a channel's steps, the SEO group, a fact's text) —
 * the fields that hold translation units.
 */
export function withSourceBeside(fields: Field[], inLocalized = false, top = true): Field[] {
  return fields.map((field): Field => {
    const localized = inLocalized || ('localized' in field && Boolean(field.localized))
    if (translatableInput(field) && 'name' in field) {
      if (!localized || (top && untranslated.has(field.name))) return field
      const components = field.admin?.components as { afterInput?: unknown[] } | undefined
      return {
        ...field,
        admin: {
          ...field.admin,
          components: {
            ...components,
            afterInput: [...(components?.afterInput ?? []), sourceBesideComponent],
          },
        },
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
