import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '@/access/contentAccess'
import { collectionSlugs } from '@/content/constants'
import { publicCollections } from '@/content/publicCollections'
import { countryField } from '@/fields/country'
import { contentRichText } from '@/fields/richText'
import { factsVerifiedOnField } from '@/fields/facts'
import { sourcesField } from '@/fields/source'
import { publicContentHooks, withFactsVerifiedOn } from '@/hooks/publicContentHooks'
import { feedbackTotalsField } from '@/feedback/feedbackTotalsField'
import { sharedFieldsForEditors } from '@/fields/sharedFieldsForEditors'
import { slugField } from '@/fields/slug'
import { titleField } from '@/fields/title'
import { topicField } from '@/fields/topic'
import { translationColumn, translationStateFields } from '@/translation/state/fields'
import { localeEditField } from '@/publishing/localeEditField'
import { discardAbandonedEndpoint } from '@/publishing/abandonedDraft'
import { localeStatesEndpoint } from '@/publishing/localeStatesEndpoint'
import { publishControls } from '@/publishing/publishControls'

const versions: CollectionConfig['versions'] = {
  maxPerDoc: 50,
  drafts: { autosave: { interval: 2000 } },
}

export const Guides: CollectionConfig = {
  slug: collectionSlugs.guides,
  admin: {
    useAsTitle: publicCollections.guides.titleField,
    defaultColumns: [
      'title',
      'topic',
      'country',
      '_status',
      'factsVerifiedOn',
      'updatedAt',
      translationColumn,
    ],
    components: { edit: publishControls },
  },
  access: publicContentAccess(versions),
  hooks: withFactsVerifiedOn(publicContentHooks(collectionSlugs.guides, versions)),
  versions,
  endpoints: [
    localeStatesEndpoint(collectionSlugs.guides),
    discardAbandonedEndpoint(collectionSlugs.guides),
  ],
  fields: sharedFieldsForEditors([
    titleField(publicCollections.guides.titleField),
    slugField({ localized: true }),
    { name: 'summary', type: 'textarea', localized: true },
    contentRichText({ name: 'body', required: true }),
    topicField(),
    countryField(),
    factsVerifiedOnField(),
    sourcesField(),
    { name: 'heroImage', type: 'upload', relationTo: collectionSlugs.media },
    {
      name: 'relatedCarriers',
      type: 'relationship',
      relationTo: collectionSlugs.carriers,
      hasMany: true,
    },
    {
      name: 'relatedChannels',
      type: 'relationship',
      relationTo: collectionSlugs.channels,
      hasMany: true,
    },
    { name: 'relatedFaqs', type: 'relationship', relationTo: collectionSlugs.faqs, hasMany: true },
    feedbackTotalsField(),
    ...translationStateFields,
    localeEditField(),
  ]),
}
