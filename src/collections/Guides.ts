import type { CollectionConfig } from 'payload'

import { draftedContentAccess } from '@/access/contentAccess'
import { countryField } from '@/fields/country'
import { contentRichText } from '@/fields/richText'
import { seoFields } from '@/fields/seo'
import { draftedContentHooks } from '@/hooks/publicContentHooks'
import { sharedFieldsForEditors } from '@/fields/sharedFieldsForEditors'
import { slugField } from '@/fields/slug'
import { topicField } from '@/fields/topic'

export const guidesSlug = 'guides'

export const Guides: CollectionConfig = {
  slug: guidesSlug,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'topic', 'country', '_status', 'updatedAt'],
  },
  access: draftedContentAccess,
  hooks: draftedContentHooks(guidesSlug),
  versions: {
    maxPerDoc: 50,
    drafts: { autosave: { interval: 2000 } },
  },
  fields: sharedFieldsForEditors([
    { name: 'title', type: 'text', required: true, localized: true },
    slugField({ localized: true }),
    { name: 'summary', type: 'textarea', localized: true },
    contentRichText({ name: 'body', required: true }),
    topicField(),
    countryField(),
    {
      name: 'factsVerifiedOn',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'relatedCarriers', type: 'relationship', relationTo: 'carriers', hasMany: true },
    { name: 'relatedChannels', type: 'relationship', relationTo: 'channels', hasMany: true },
    { name: 'relatedFaqs', type: 'relationship', relationTo: 'faqs', hasMany: true },
    seoFields(),
    {
      name: 'feedback',
      type: 'join',
      collection: 'votes',
      on: 'guide',
      admin: {
        description: 'Readers’ “Was this helpful?” answers.',
        defaultColumns: ['helpful', 'locale', 'createdAt'],
      },
    },
  ]),
}
