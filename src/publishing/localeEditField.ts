import type { Field } from 'payload'

import { collectionSlugs } from '@/content/constants'

export const localeEditFieldName = 'localeEdit'

/** What the field holds in one locale: who last changed that locale's text, and when. */
export type LocaleEdit = { by?: number | { id: number } | null; at?: string | null }

const nobody = () => false

/**
 * Per locale, who last changed that locale's text and when: written by the server only
 * (`stampLocaleEdit`), never by a request (field access refuses every create and update, and
 * `refuseForbiddenFieldChanges` answers a changed value with a 403). Localized, so a draft
 * version carries the draft's author per locale and the published document the published one's;
 * the publish controls compare the two (`localePublishStates`). Not in the edit form.
 */
export const localeEditField = (): Field => ({
  name: localeEditFieldName,
  type: 'group',
  localized: true,
  access: { create: nobody, update: nobody },
  admin: { disabled: true },
  fields: [
    { name: 'by', type: 'relationship', relationTo: collectionSlugs.users },
    { name: 'at', type: 'date' },
  ],
})
