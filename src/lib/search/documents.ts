import type { Payload, PayloadRequest } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { paths } from '@/lib/paths'
import { hasTranslation, pickLocale, pickOwnLocale } from '@/lib/pickLocale'
import type { PublicCollection } from '@/lib/cache/tags'

import { withoutControlCharacters } from './controlCharacters'

export type SearchDocument = {
  collection: PublicCollection
  docId: number
  locale: Locale
  slug: string
  url: string
  title: string
  body: string
}

type Node = { text?: string; children?: Node[]; fields?: Record<string, unknown>; type?: string }

/** Plain text of rich text, blocks included (steps, callouts). */
function richText(value: unknown): string {
  const walk = (node: Node): string => {
    if (node.text) return node.text
    const fields = node.fields ? flatten(node.fields).join(' ') : ''
    return [fields, ...(node.children ?? []).map(walk)].join(' ')
  }
  const root = (value as { root?: Node } | null)?.root
  return root ? walk(root) : ''
}

/** Keys of block and array data that are not reader-facing text. */
const structuralKeys = new Set(['id', 'blockType', 'blockName', 'kind'])

function flatten(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(flatten)
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => !structuralKeys.has(key))
      .flatMap(([, v]) => flatten(v))
  }
  return []
}

const texts = (...parts: unknown[]) => parts.flatMap(flatten).join('\n')

type Raw = Record<string, unknown> & { id: number; slug: unknown }

/** What the index holds for one document in one locale; null where it is not translated. */
function describe(collection: PublicCollection, raw: Raw, locale: Locale): SearchDocument | null {
  const doc = describeText(collection, raw, locale)
  return (
    doc && {
      ...doc,
      title: withoutControlCharacters(doc.title),
      body: withoutControlCharacters(doc.body),
    }
  )
}

function describeText(
  collection: PublicCollection,
  raw: Raw,
  locale: Locale,
): SearchDocument | null {
  const titleField =
    collection === 'faqs' ? raw.question : collection === 'guides' ? raw.title : raw.name
  if (!hasTranslation(titleField, locale)) return null
  const doc = pickLocale<Record<string, unknown> & { slug: string }>(raw, locale)
  // The body holds this locale's own text only: a field not translated yet would otherwise be
  // found by, and shown in the snippets of, this locale's search as if it were translated.
  const own = pickOwnLocale<Record<string, unknown>>(raw, locale)
  const base = {
    collection,
    docId: raw.id,
    locale,
    slug: doc.slug,
    title: String(pickLocale(titleField, locale)),
  }
  switch (collection) {
    case 'guides':
      return {
        ...base,
        url: paths.guide(locale, doc.slug),
        body: texts(own.summary, richText(own.body)),
      }
    case 'faqs':
      return { ...base, url: paths.faq(locale, doc.slug), body: richText(own.answer) }
    case 'carriers':
      return {
        ...base,
        url: paths.carrier(locale, doc.slug),
        body: texts(own.description, own.balanceCheck),
      }
    case 'channels':
      return {
        ...base,
        url: paths.channel(locale, doc.slug),
        body: texts(own.summary, own.steps, own.pros, own.cautions, own.timeToEffect),
      }
  }
}

/**
 * The public (published) state of a document in every locale it is translated into: an empty
 * list when it is a draft, deleted, or not readable by the public.
 */
export async function searchDocuments(
  payload: Payload,
  collection: PublicCollection,
  id: number,
  req?: PayloadRequest,
): Promise<SearchDocument[]> {
  const published = collection === 'guides' || collection === 'faqs'
  const { docs } = await payload.find({
    collection,
    where: published
      ? { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] }
      : { id: { equals: id } },
    locale: 'all',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    draft: false,
    joins: false as never, // the feedback join is not needed here (and may not exist yet in a migration)
    req,
  })
  const raw = docs[0] as unknown as Raw | undefined
  if (!raw) return []
  return locales
    .map((locale) => describe(collection, raw, locale))
    .filter((d): d is SearchDocument => d !== null)
}
