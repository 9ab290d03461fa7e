import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { collectionSlugs } from '@/content/constants'
import { feedbackCollections, publicCollections } from '@/content/publicCollections'
import { localeInfo, locales } from '@/i18n/locales'

/**
 * "Was this helpful?" answers from readers: one per reader and document, stored with the locale
 * the page was read in. Written only by the /api/feedback endpoint (which limits them per client
 * address); the team reads them here and in the Feedback tab of each guide and FAQ.
 */
export const Votes: CollectionConfig = {
  slug: collectionSlugs.votes,
  labels: { singular: 'Feedback vote', plural: 'Feedback votes' },
  admin: {
    defaultColumns: ['helpful', 'guide', 'faq', 'locale', 'createdAt'],
    group: 'Feedback',
    description:
      'Readers’ answers to “Was this helpful?”. Filter by guide, FAQ, locale or answer to count them.',
  },
  access: {
    read: isStaff,
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  fields: [
    { name: 'helpful', type: 'checkbox', required: true, index: true },
    // One relation per collection readers vote on, named by the registry's feedback field.
    ...feedbackCollections.map((collection) => ({
      name: publicCollections[collection].feedbackField,
      type: 'relationship' as const,
      relationTo: collection,
      index: true,
    })),
    {
      name: 'locale',
      type: 'select',
      required: true,
      index: true,
      options: locales.map((value) => ({ value, label: localeInfo[value].label })),
    },
    // A random id from the reader's cookie: one vote per reader and document.
    { name: 'voter', type: 'text', required: true, index: true, admin: { hidden: true } },
    // A keyed hash of the client address, never the address itself: for the rate limit only.
    { name: 'client', type: 'text', required: true, index: true, admin: { hidden: true } },
  ],
}
