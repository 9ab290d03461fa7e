import type { Field } from 'payload'

import { isEditorField } from '@/access/isEditor'

/** The name of the field a zh save sends to say it is a minor edit. */
export const minorEditField = 'minorEdit'

/**
 * "Minor edit (typo, punctuation)": a checkbox in the sidebar an editor ticks before saving zh;
 * the save then outdates no translation. Virtual (never stored, unticked after every save), so
 * it works the same from REST (`"minorEdit": true` in the body), GraphQL (`minorEdit: true` in
 * the mutation's data) and the Local API (`data.minorEdit`). Ignored on saves of other locales
 * and from translators (editors only may send it).
 */
export const minorEditCheckbox: Field = {
  name: minorEditField,
  type: 'checkbox',
  virtual: true,
  label: 'Minor edit (typo, punctuation): translations stay current',
  access: { create: isEditorField, update: isEditorField },
  admin: {
    position: 'sidebar',
    readOnly: false,
    components: { Field: '@/translation/state/admin/MinorEditField#MinorEditField' },
  },
}
