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
      label: { en: 'Preferred term', ru: 'Предпочтительный термин', zh: '首选术语' },
      admin: {
        description:
          locale === sourceLocale
            ? {
                en: 'The source term, as the zh texts write it.',
                ru: 'Исходный термин, как его пишут китайские тексты.',
                zh: '源术语，即中文文本中的写法。',
              }
            : {
                en: 'The rendering translations must use.',
                ru: 'Перевод, которым должны пользоваться переводы.',
                zh: '译文必须使用的译法。',
              },
      },
    },
    {
      name: 'admitted',
      type: 'text',
      hasMany: true,
      label: { en: 'Admitted terms', ru: 'Допустимые варианты', zh: '可接受的译法' },
      admin: {
        description: {
          en: 'Synonyms that count as the term (other word forms match by stem).',
          ru: 'Синонимы, которые засчитываются как термин (другие формы слова — по основе).',
          zh: '视同该术语的同义词（其他词形按词干匹配）。',
        },
      },
    },
    {
      name: 'forbidden',
      type: 'text',
      hasMany: true,
      label: { en: 'Forbidden variants', ru: 'Запрещённые варианты', zh: '禁用译法' },
      admin: {
        description: {
          en: 'Variants a translation must not use (flagged on save).',
          ru: 'Варианты, которых в переводе быть не должно (отмечаются при сохранении).',
          zh: '译文不得使用的写法（保存时提示）。',
        },
      },
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
  labels: {
    singular: { en: 'Glossary concept', ru: 'Понятие глоссария', zh: '术语概念' },
    plural: { en: 'Glossary', ru: 'Глоссарий', zh: '术语表' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'key', 'carrier', 'updatedAt'],
    components: {
      beforeListTable: ['@/glossary/admin/TbxButtons#TbxButtons'],
    },
  },
  defaultSort: 'key',
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
      label: { en: 'Key', ru: 'Ключ', zh: '标识' },
      admin: {
        description: {
          en: 'Stable id of the concept (the TBX termEntry id), e.g. tourist-sim.',
          ru: 'Постоянный идентификатор понятия (id termEntry в TBX), например tourist-sim.',
          zh: '概念的固定标识（TBX 中 termEntry 的 id），例如 tourist-sim。',
        },
      },
      validate: (value: unknown) =>
        typeof value === 'string' && conceptKeyPattern.test(value)
          ? true
          : 'Letters, digits, "-", "_" and "." only, starting with a letter (at most 100).',
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
      label: { en: 'Note', ru: 'Примечание', zh: '说明' },
      admin: {
        description: {
          en: 'Definition or usage note for translators.',
          ru: 'Определение или указание для переводчиков.',
          zh: '给译者的定义或用法说明。',
        },
      },
    },
    {
      name: 'carrier',
      type: 'relationship',
      relationTo: collectionSlugs.carriers,
      label: { en: 'Carrier', ru: 'Оператор', zh: '运营商' },
      admin: {
        description: {
          en: 'The carrier this term names, if any.',
          ru: 'Оператор, которого называет термин (если есть).',
          zh: '该术语所指的运营商（如有）。',
        },
      },
    },
  ],
}
