/**
 * Glossary documents ⇄ concepts (the shape TBX, the seed and the check share). A leaf module:
 * plain data, no Payload calls.
 */
import type { Glossary } from '@/payload-types'

import { glossaryLocales, type GlossaryConcept, type LanguageTerms } from './locales'

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

/** A stored (or submitted) glossary document as a concept; its carrier's slug when populated. */
export function conceptFromDocument(doc: Record<string, unknown>): GlossaryConcept {
  const carrier = doc.carrier
  const carrierSlug =
    typeof carrier === 'object' && carrier !== null && 'slug' in carrier
      ? String((carrier as { slug: unknown }).slug)
      : undefined
  return {
    key: typeof doc.key === 'string' ? doc.key : '',
    ...(typeof doc.note === 'string' && doc.note ? { note: doc.note } : {}),
    ...(carrierSlug ? { carrier: carrierSlug } : {}),
    terms: Object.fromEntries(
      glossaryLocales.map((locale) => {
        const group = doc[locale] as Record<string, unknown> | undefined | null
        const preferred = typeof group?.preferred === 'string' ? group.preferred : ''
        const terms: LanguageTerms = {
          preferred,
          admitted: texts(group?.admitted),
          forbidden: texts(group?.forbidden),
        }
        const empty = !preferred && !terms.admitted.length && !terms.forbidden.length
        return [locale, empty ? undefined : terms]
      }),
    ) as GlossaryConcept['terms'],
  }
}

/** A concept as the collection's data; `carrierId` is its carrier's id (or null). */
export function documentFromConcept(
  concept: GlossaryConcept,
  carrierId: number | null,
): Omit<Glossary, 'id' | 'createdAt' | 'updatedAt' | 'title'> {
  const data: Record<string, unknown> = {
    key: concept.key,
    note: concept.note ?? null,
    carrier: carrierId,
  }
  for (const locale of glossaryLocales) {
    const terms = concept.terms[locale]
    data[locale] = {
      preferred: terms?.preferred ?? null,
      admitted: terms?.admitted ?? [],
      forbidden: terms?.forbidden ?? [],
    }
  }
  return data as Omit<Glossary, 'id' | 'createdAt' | 'updatedAt' | 'title'>
}
