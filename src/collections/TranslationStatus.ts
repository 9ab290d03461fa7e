import type { CollectionConfig } from 'payload'

import { collectionSlugs } from '@/content/constants'
import { publicCollectionSlugs } from '@/content/publicCollections'
import { localeInfo } from '@/i18n/locales'
import { confirmTranslationEndpoint } from '@/translation/state/confirmEndpoint'
import { readTranslationStatus } from '@/translation/state/readAccess'
import { targetLocales, unitStates } from '@/translation/state/types'

/**
 * The translation state: one row per public document × target locale (ru, en; zh is the
 * source), kept by the public collections' hooks on every save (src/translation/state). Staff
 * read it (translators their own locales' rows), nobody writes it: only the server does, in the
 * save's transaction.
 */
export const TranslationStatus: CollectionConfig = {
  slug: collectionSlugs.translationStatus,
  labels: { singular: 'Translation status', plural: 'Translation status' },
  graphQL: { singularName: 'TranslationStatus', pluralName: 'TranslationStatuses' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'collection',
      'locale',
      'state',
      'outdatedUnits',
      'missingUnits',
      'outdatedSince',
    ],
    listSearchableFields: ['title'],
    group: 'Translation',
    description:
      'What needs translating: one row per document and language, kept up to date on every save.',
  },
  defaultSort: 'outdatedSince',
  access: {
    read: readTranslationStatus,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  endpoints: [confirmTranslationEndpoint],
  fields: [
    // `<collection>:<id>:<locale>`: one row per document and locale, also under concurrent saves.
    {
      name: 'rowKey',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    {
      name: 'document',
      type: 'relationship',
      relationTo: [...publicCollectionSlugs],
      required: true,
      index: true,
    },
    {
      name: 'collection',
      type: 'select',
      required: true,
      index: true,
      options: [...publicCollectionSlugs],
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      index: true,
      options: targetLocales.map((value) => ({ value, label: localeInfo[value].label })),
    },
    { name: 'title', type: 'text', admin: { description: 'The zh title.' } },
    { name: 'state', type: 'select', required: true, index: true, options: [...unitStates] },
    { name: 'missingUnits', type: 'number', required: true, defaultValue: 0 },
    { name: 'outdatedUnits', type: 'number', required: true, defaultValue: 0 },
    { name: 'totalUnits', type: 'number', required: true, defaultValue: 0 },
    {
      name: 'outdatedSince',
      type: 'date',
      index: true,
      admin: { description: 'When the oldest outdated unit became outdated.' },
    },
    { name: 'translatedAt', type: 'date' },
    { name: 'translatedBy', type: 'relationship', relationTo: collectionSlugs.users },
    {
      name: 'units',
      type: 'json',
      admin: { description: 'Each zh unit (field, block) and its state in this language.' },
    },
  ],
}
