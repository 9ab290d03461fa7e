import type { CollectionConfig } from 'payload'

import { referenceContentAccess } from '@/access/contentAccess'
import { countryField } from '@/fields/country'
import { publicContentHooks } from '@/hooks/publicContentHooks'
import { sharedFieldsForEditors } from '@/fields/sharedFieldsForEditors'
import { slugField } from '@/fields/slug'
import { localeInfo, locales } from '@/i18n/locales'

export const carriersSlug = 'carriers'

/** Languages a carrier's support may speak: our locales plus Kazakh. */
const supportLanguageOptions = [
  ...locales.map((value) => ({ value, label: localeInfo[value].label })),
  { value: 'kk', label: 'Қазақша' },
]

export const Carriers: CollectionConfig = {
  slug: carriersSlug,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'country', 'autoRenewal', 'status'],
  },
  // Carriers are reference facts without a draft stage: what is saved is public.
  access: referenceContentAccess,
  hooks: publicContentHooks(carriersSlug),
  fields: sharedFieldsForEditors([
    { name: 'name', type: 'text', required: true, localized: true },
    slugField(),
    countryField(),
    { name: 'description', type: 'textarea', localized: true },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'website', type: 'text', admin: { description: 'Official site (https://…).' } },
    {
      name: 'apps',
      type: 'group',
      fields: [
        { name: 'ios', type: 'text', label: 'App Store link' },
        { name: 'android', type: 'text', label: 'Google Play link' },
      ],
    },
    {
      name: 'autoRenewal',
      type: 'select',
      required: true,
      defaultValue: 'unknown',
      options: [
        { label: 'Supported', value: 'yes' },
        { label: 'Not supported', value: 'no' },
        { label: 'Not verified yet', value: 'unknown' },
      ],
    },
    {
      name: 'validityOptions',
      type: 'number',
      hasMany: true,
      min: 1,
      admin: { description: 'Validity periods sold, in days (e.g. 7, 14, 30).' },
    },
    { name: 'supportLanguages', type: 'select', hasMany: true, options: supportLanguageOptions },
    {
      name: 'contacts',
      type: 'array',
      localized: true,
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'value', type: 'text', required: true },
      ],
    },
    {
      name: 'balanceCheck',
      type: 'textarea',
      localized: true,
      admin: { description: 'How a subscriber checks their balance and expiry date.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: [
        { label: 'Active', value: 'active' },
        { label: 'Merged into another carrier', value: 'merged' },
      ],
    },
    {
      name: 'mergedInto',
      type: 'relationship',
      relationTo: 'carriers',
      admin: { condition: (data) => data?.status === 'merged' },
    },
  ]),
}
