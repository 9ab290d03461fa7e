import type { CollectionConfig } from 'payload'

import { draftedContentAccess } from '@/access/contentAccess'
import { contentRichText } from '@/fields/richText'
import { draftedContentHooks } from '@/hooks/publicContentHooks'
import { sharedFieldsForEditors } from '@/fields/sharedFieldsForEditors'
import { slugField } from '@/fields/slug'
import { topicField } from '@/fields/topic'

export const faqsSlug = 'faqs'

export const Faqs: CollectionConfig = {
  slug: faqsSlug,
  labels: { singular: 'FAQ', plural: 'FAQs' },
  defaultSort: 'order',
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'topic', 'order', '_status'],
  },
  access: draftedContentAccess,
  hooks: draftedContentHooks(faqsSlug),
  versions: {
    maxPerDoc: 50,
    drafts: { autosave: { interval: 2000 } },
  },
  fields: sharedFieldsForEditors([
    { name: 'question', type: 'text', required: true, localized: true },
    // One anchor for all locales, so a link to a question survives a language switch.
    slugField({ overrides: { admin: { description: 'Anchor on the FAQ page.' } } }),
    contentRichText({ name: 'answer', required: true }),
    topicField(),
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      admin: { position: 'sidebar', description: 'Lower numbers come first.' },
    },
    { name: 'relatedCarriers', type: 'relationship', relationTo: 'carriers', hasMany: true },
    { name: 'relatedGuides', type: 'relationship', relationTo: 'guides', hasMany: true },
    {
      name: 'feedback',
      type: 'join',
      collection: 'votes',
      on: 'faq',
      admin: {
        description: 'Readers’ “Was this helpful?” answers.',
        defaultColumns: ['helpful', 'locale', 'createdAt'],
      },
    },
  ]),
}
