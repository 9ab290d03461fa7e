import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '@/access/contentAccess'
import { collectionSlugs } from '@/content/constants'
import { publicCollections } from '@/content/publicCollections'
import { contentRichText } from '@/fields/richText'
import { publicContentHooks } from '@/hooks/publicContentHooks'
import { feedbackTotalsField } from '@/feedback/feedbackTotalsField'
import { sharedFieldsForEditors } from '@/fields/sharedFieldsForEditors'
import { sourcesField } from '@/fields/source'
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

export const Faqs: CollectionConfig = {
  slug: collectionSlugs.faqs,
  labels: { singular: 'FAQ', plural: 'FAQs' },
  defaultSort: 'order',
  admin: {
    useAsTitle: publicCollections.faqs.titleField,
    defaultColumns: ['question', 'topic', 'order', '_status', translationColumn],
    components: { edit: publishControls },
  },
  access: publicContentAccess(versions),
  hooks: publicContentHooks(collectionSlugs.faqs, versions),
  versions,
  endpoints: [
    localeStatesEndpoint(collectionSlugs.faqs),
    discardAbandonedEndpoint(collectionSlugs.faqs),
  ],
  fields: sharedFieldsForEditors([
    titleField(publicCollections.faqs.titleField),
    // One anchor for all locales, so a link to a question survives a language switch.
    slugField({ overrides: { admin: { description: 'Anchor on the FAQ page.' } } }),
    contentRichText({ name: 'answer', required: true }),
    topicField(),
    sourcesField(),
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      admin: { position: 'sidebar', description: 'Lower numbers come first.' },
    },
    {
      name: 'relatedCarriers',
      type: 'relationship',
      relationTo: collectionSlugs.carriers,
      hasMany: true,
    },
    {
      name: 'relatedGuides',
      type: 'relationship',
      relationTo: collectionSlugs.guides,
      hasMany: true,
    },
    feedbackTotalsField(),
    ...translationStateFields,
    localeEditField(),
  ]),
}
