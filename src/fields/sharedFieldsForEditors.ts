import type { Field } from 'payload'

import { isEditorField } from '@/access/isEditor'

/**
 * Translators may change only what is localized. Every top-level field that is not localized
 * (relations, booleans, URLs, slugs of shared documents…) gets update/create access for editors
 * only, so Payload drops a translator's attempt to change it on every API, not just in the UI.
 */
export function sharedFieldsForEditors(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if ('localized' in field && field.localized) return field
    // Containers that are not localized themselves may hold localized fields (the SEO group).
    if (field.type === 'group' || field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: sharedFieldsForEditors(field.fields) } as Field
    }
    if (!('name' in field) || field.type === 'ui') return field
    return {
      ...field,
      access: { ...field.access, create: isEditorField, update: isEditorField },
    } as Field
  })
}
