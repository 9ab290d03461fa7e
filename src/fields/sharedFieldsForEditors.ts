import type { Field } from 'payload'

import { isEditorField } from '@/access/isEditor'

/**
 * Translators may change only what is localized. Every top-level field that is not localized
 * (relations, booleans, URLs, slugs of shared documents…) gets update/create access for editors
 * only, so Payload drops a translator's attempt to change it on every API, not just in the UI.
 */
const holdsLocalizedText = (field: Field): boolean =>
  ('localized' in field && Boolean(field.localized)) ||
  ('fields' in field && Array.isArray(field.fields) && field.fields.some(holdsLocalizedText))

export function sharedFieldsForEditors(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if ('localized' in field && field.localized) return field
    // Containers that are not localized themselves may hold localized fields (the SEO group).
    if (field.type === 'group' || field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: sharedFieldsForEditors(field.fields) } as Field
    }
    // A shared list with localized text in its rows (facts: kind and source shared, text per
    // language): translators may translate the text; the rows and their shared fields are for
    // editors (refuseForbiddenFieldChanges refuses added, removed or reordered rows).
    if (field.type === 'array' && field.fields.some(holdsLocalizedText)) {
      return { ...field, fields: sharedFieldsForEditors(field.fields) } as Field
    }
    if (!('name' in field) || field.type === 'ui') return field
    return {
      ...field,
      access: { ...field.access, create: isEditorField, update: isEditorField },
    } as Field
  })
}
