import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '@/access/contentAccess'
import { carrierStatuses, checkedAnswers, collectionSlugs } from '@/content/constants'
import { publicCollections } from '@/content/publicCollections'
import { appStoreLinksField } from '@/fields/appStoreLinks'
import { countryField } from '@/fields/country'
import { factsField, factsVerifiedOnField } from '@/fields/facts'
import { publicContentHooks, withFactsVerifiedOn } from '@/hooks/publicContentHooks'
import { sharedFieldsForEditors } from '@/fields/sharedFieldsForEditors'
import { slugField } from '@/fields/slug'
import { titleField } from '@/fields/title'
import { localeInfo, locales } from '@/i18n/locales'
import { translationColumn, translationStateFields } from '@/translation/state/fields'
import { localeEditField } from '@/publishing/localeEditField'
import { discardAbandonedEndpoint } from '@/publishing/abandonedDraft'
import { localeStatesEndpoint } from '@/publishing/localeStatesEndpoint'
import { publishControls } from '@/publishing/publishControls'

/** Languages a carrier's support may speak: our locales plus Kazakh. */
const supportLanguageOptions = [
  ...locales.map((value) => ({ value, label: localeInfo[value].label })),
  { value: 'kk', label: 'Қазақша' },
]

// Drafts and versions like guides: a save is a draft until published, one locale at a time.
const versions: CollectionConfig['versions'] = {
  maxPerDoc: 50,
  drafts: { autosave: { interval: 2000 } },
}

const autoRenewalLabels = { yes: 'Supported', no: 'Not supported', unknown: 'Not verified yet' }
const statusLabels = { active: 'Active', merged: 'Merged into another carrier' }

export const Carriers: CollectionConfig = {
  slug: collectionSlugs.carriers,
  admin: {
    useAsTitle: publicCollections.carriers.titleField,
    defaultColumns: ['name', 'country', 'factsVerifiedOn', 'status', '_status', translationColumn],
    components: { edit: publishControls },
  },
  access: publicContentAccess(versions),
  hooks: withFactsVerifiedOn(publicContentHooks(collectionSlugs.carriers, versions)),
  versions,
  endpoints: [
    localeStatesEndpoint(collectionSlugs.carriers),
    discardAbandonedEndpoint(collectionSlugs.carriers),
  ],
  fields: sharedFieldsForEditors([
    titleField(publicCollections.carriers.titleField),
    slugField(),
    countryField(),
    { name: 'description', type: 'textarea', localized: true },
    { name: 'logo', type: 'upload', relationTo: collectionSlugs.media },
    factsField(),
    appStoreLinksField(),
    factsVerifiedOnField(),
    {
      name: 'autoRenewal',
      type: 'select',
      required: true,
      defaultValue: 'unknown',
      options: checkedAnswers.map((value) => ({ value, label: autoRenewalLabels[value] })),
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
      name: 'status',
      type: 'select',
      // Not `enum_carriers_status`: that name is the publish state's (`_status`) since carriers
      // have drafts, and two enums of one name would merge in the schema.
      enumName: ({ tableName }) => `enum_${tableName}_lifecycle`,
      required: true,
      defaultValue: 'active',
      options: carrierStatuses.map((value) => ({ value, label: statusLabels[value] })),
    },
    {
      name: 'mergedInto',
      type: 'relationship',
      relationTo: collectionSlugs.carriers,
      admin: { condition: (data) => data?.status === 'merged' },
    },
    ...translationStateFields,
    localeEditField(),
  ]),
}
