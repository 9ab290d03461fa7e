import type { Field } from 'payload'

import { isStaff } from '@/access/isStaff'
import { collectionSlugs } from '@/content/constants'

export const localeEditFieldName = 'localeEdit'

/** What the field holds in one locale: who last changed that locale's text, and when. */
export type LocaleEdit = { by?: number | { id: number } | null; at?: string | null }

/**
 * Per locale, who last changed that locale's text and when: written by the server only
 * (`stampLocaleEdit` replaces whatever a request sends, since the admin's own "copy to locale"
 * sends every field of the source locale, this one included). Localized, so a draft version
 * carries the draft's author per locale and the published document the published one's; the
 * publish controls compare the two (`localePublishStates`). Staff read it; not in the edit form.
 */
export const localeEditField = (): Field => ({
  name: localeEditFieldName,
  type: 'group',
  localized: true,
  access: { read: isStaff },
  admin: { disabled: true },
  fields: [
    { name: 'by', type: 'relationship', relationTo: collectionSlugs.users },
    { name: 'at', type: 'date' },
  ],
})
