/**
 * A slug for a document's first text in a locale (a guide's slug is localized and required):
 * made from the imported title, Russian transliterated to Latin as the content's own Russian
 * slugs are (`prodlenie-turisticheskoy-sim-karty-v-kazakhstane`: й → y, х → kh, ь dropped), so
 * the URL reads the same when copied into any chat. A slug another document has in that locale
 * gets `-2`, `-3`…
 */
import type { Payload, PayloadRequest } from 'payload'

import type { PublicCollection } from '@/content/publicCollections'
import { toSlug } from '@/fields/slug'
import type { Locale } from '@/i18n/locales'

const cyrillic: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh letters met in place names.
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
}

export function transliterate(text: string): string {
  return Array.from(text.toLowerCase(), (char) => cyrillic[char] ?? char).join('')
}

/** The slug a title gives in a locale (before making it unique). */
export function slugFromTitle(title: string, locale: Locale): string {
  return toSlug(locale === 'ru' ? transliterate(title) : title)
    .slice(0, 96)
    .replace(/-$/, '')
}

/** `base`, or `base-2`, `base-3`… whichever no other document of the collection has in `locale`. */
export async function uniqueSlug(
  payload: Payload,
  {
    collection,
    locale,
    base,
    id,
    req,
  }: {
    collection: PublicCollection
    locale: Locale
    base: string
    id: number
    req?: PayloadRequest
  },
): Promise<string> {
  const { docs } = await payload.find({
    collection,
    locale,
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    where: { and: [{ slug: { like: base } }, { id: { not_equals: id } }] },
    select: { slug: true },
    overrideAccess: true,
    req,
  })
  const taken = new Set(docs.map((doc) => (doc as { slug?: string }).slug))
  let slug = base
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
  return slug
}
