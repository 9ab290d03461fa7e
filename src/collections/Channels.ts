import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '@/access/contentAccess'
import {
  channelKinds,
  channelVerifications,
  checkedAnswers,
  collectionSlugs,
  paymentMethods,
} from '@/content/constants'
import { publicCollections } from '@/content/publicCollections'
import { factsField, factsVerifiedOnField } from '@/fields/facts'
import { publicContentHooks, withFactsVerifiedOn } from '@/hooks/publicContentHooks'
import { sharedFieldsForEditors } from '@/fields/sharedFieldsForEditors'
import { slugField } from '@/fields/slug'
import { titleField } from '@/fields/title'
import { translationColumn, translationStateFields } from '@/translation/state/fields'
import { localeEditField } from '@/publishing/localeEditField'
import { discardAbandonedEndpoint } from '@/publishing/abandonedDraft'
import { localeStatesEndpoint } from '@/publishing/localeStatesEndpoint'
import { publishControls } from '@/publishing/publishControls'

const labelled = (values: readonly string[]) =>
  values.map((value) => ({ value, label: value.replace(/-/g, ' ') }))

/** A localized list of short texts: steps, pros, cautions. */
const textList = (name: string) => ({
  name,
  type: 'array' as const,
  localized: true,
  fields: [{ name: 'text', type: 'textarea' as const, required: true }],
})

// Drafts and versions like guides: a save is a draft until published, one locale at a time.
const versions: CollectionConfig['versions'] = {
  maxPerDoc: 50,
  drafts: { autosave: { interval: 2000 } },
}

const verificationLabels = {
  official: 'Official (run by the carrier)',
  verified: 'Third party, verified',
  unverified: 'Third party, not verified',
}
const worksFromAbroadLabels = {
  yes: 'Yes',
  no: 'No, only in the country',
  unknown: 'Not verified yet',
}

export const Channels: CollectionConfig = {
  slug: collectionSlugs.channels,
  admin: {
    useAsTitle: publicCollections.channels.titleField,
    defaultColumns: [
      'name',
      'kinds',
      'verification',
      'worksFromAbroad',
      '_status',
      'factsVerifiedOn',
      translationColumn,
    ],
    components: { edit: publishControls },
  },
  access: publicContentAccess(versions),
  hooks: withFactsVerifiedOn(publicContentHooks(collectionSlugs.channels, versions)),
  versions,
  endpoints: [
    localeStatesEndpoint(collectionSlugs.channels),
    discardAbandonedEndpoint(collectionSlugs.channels),
  ],
  fields: sharedFieldsForEditors([
    titleField(publicCollections.channels.titleField),
    slugField(),
    { name: 'summary', type: 'textarea', localized: true },
    {
      name: 'kinds',
      type: 'select',
      hasMany: true,
      required: true,
      options: labelled(channelKinds),
    },
    { name: 'carriers', type: 'relationship', relationTo: collectionSlugs.carriers, hasMany: true },
    {
      name: 'verification',
      type: 'select',
      required: true,
      defaultValue: 'unverified',
      options: channelVerifications.map((value) => ({ value, label: verificationLabels[value] })),
      admin: { description: 'Readers are warned about unverified third parties.' },
    },
    { name: 'paymentMethods', type: 'select', hasMany: true, options: labelled(paymentMethods) },
    {
      name: 'worksFromAbroad',
      type: 'select',
      required: true,
      defaultValue: 'unknown',
      options: checkedAnswers.map((value) => ({ value, label: worksFromAbroadLabels[value] })),
    },
    textList('steps'),
    textList('pros'),
    textList('cautions'),
    { name: 'timeToEffect', type: 'text', localized: true, label: 'Typical time to take effect' },
    factsField(),
    factsVerifiedOnField(),
    ...translationStateFields,
    localeEditField(),
  ]),
}
