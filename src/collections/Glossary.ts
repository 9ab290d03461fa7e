import {
  APIError,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  type Field,
} from 'payload'

import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'
import { collectionSlugs } from '@/content/constants'
import { conceptKeyPattern, conceptProblems } from '@/glossary/conceptProblems'
import { conceptFromDocument } from '@/glossary/conceptDocument'
import { glossaryEndpoints } from '@/glossary/endpoints'
import { glossaryLocales, sourceLocale } from '@/glossary/locales'
import { localeInfo } from '@/i18n/locales'

export const glossarySlug = 'glossary'

/**
 * One language's terms, as TBX's langSet: the preferred term, admitted synonyms, forbidden
 * variants. Explicit groups rather than Payload-localized fields: a concept is one screen with
 * every language side by side (as a termbase shows it), zh is as much data as ru (the source
 * term the check looks for), and an import or export reads one document in one query.
 */
const languageGroup = (locale: (typeof glossaryLocales)[number]): Field => ({
  name: locale,
  type: 'group',
  label: localeInfo[locale].label,
  fields: [
    {
      name: 'preferred',
      type: 'text',
      required: locale === sourceLocale,
      admin: {
        description:
          locale === sourceLocale
            ? 'The source term, as the zh texts write it.'
            : 'The rendering translations must use.',
      },
    },
    {
      name: 'admitted',
      type: 'text',
      hasMany: true,
      admin: { description: 'Synonyms that count as the term (other word forms match by stem).' },
    },
    {
      name: 'forbidden',
      type: 'text',
      hasMany: true,
      admin: { description: 'Variants a translation must not use (flagged on save).' },
    },
  ],
})

/** A save the TBX importer would refuse is refused from the admin and the API too (400). */
const refuseUnusableConcepts: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const problems = conceptProblems(conceptFromDocument(merged))
  if (problems.length)
    throw new APIError(`This concept cannot be saved: ${problems.join('; ')}.`, 400)
  return data
}

/**
 * The glossary: concepts with their terms in zh, ru and en, for translators' hints and the
 * terminology check (src/glossary/). Staff read it; editors write it; translators may not (the
 * terminology is an editorial decision shared by every language, as the shared facts are).
 * Not public: anonymous readers get nothing over REST or GraphQL.
 */
export const Glossary: CollectionConfig = {
  slug: glossarySlug,
  labels: { singular: 'Glossary concept', plural: 'Glossary' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'key', 'carrier', 'updatedAt'],
    components: {
      beforeListTable: ['@/glossary/admin/TbxButtons#TbxButtons'],
    },
  },
  access: {
    read: isStaff,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  hooks: { beforeValidate: [refuseUnusableConcepts] },
  endpoints: glossaryEndpoints,
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'Stable id of the concept (the TBX termEntry id), e.g. tourist-sim.' },
      validate: (value: unknown) =>
        typeof value === 'string' && conceptKeyPattern.test(value)
          ? true
          : 'Letters, digits, "-", "_" and "." only, starting with a letter.',
    },
    {
      // The list's title: the three preferred terms, kept by the hook below.
      name: 'title',
      type: 'text',
      admin: { readOnly: true, hidden: true },
      hooks: {
        beforeChange: [
          ({ siblingData }) =>
            glossaryLocales
              .map((l) => (siblingData[l] as { preferred?: string } | undefined)?.preferred)
              .filter(Boolean)
              .join(' · '),
        ],
      },
    },
    ...glossaryLocales.map(languageGroup),
    {
      name: 'note',
      type: 'textarea',
      admin: { description: 'Definition or usage note for translators.' },
    },
    {
      name: 'carrier',
      type: 'relationship',
      relationTo: collectionSlugs.carriers,
      admin: { description: 'The carrier this term names, if any.' },
    },
  ],
}
