import type { Field } from 'payload'

import { minorEditCheckbox } from './minorEdit'

/** The list column and sidebar panel's field name, for `defaultColumns`. */
export const translationColumn = 'translationState'

/**
 * What every public collection shows of its translation state: the "minor edit" checkbox and,
 * in the sidebar and as a list column, each target locale's state (read from translation-status;
 * a `ui` field stores nothing).
 */
export const translationStateFields: Field[] = [
  minorEditCheckbox,
  {
    name: translationColumn,
    type: 'ui',
    label: 'Translation',
    admin: {
      position: 'sidebar',
      components: {
        Field: '@/translation/state/admin/StatusSidebar#StatusSidebar',
        Cell: '@/translation/state/admin/StatusCell#StatusCell',
      },
    },
  },
]
