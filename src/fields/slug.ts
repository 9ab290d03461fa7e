/**
 * Slugs: the URL form of a text (`toSlug`), the slug a title gives (`slugFromTitle`: Chinese in
 * toneless pinyin, Russian and Kazakh transliterated to Latin, Latin as it is), one no other
 * document has (`uniqueSlug`), and the `slug` field every public document has, which fills
 * itself from the title when left empty and stays editable.
 */
import { pinyin } from 'pinyin-pro'
import type { Field, FieldHook, Payload, PayloadRequest, TextField, Where } from 'payload'

import { isPublicCollection, publicCollections } from '@/content/publicCollections'
import { defaultLocale, type Locale } from '@/i18n/locales'

/** URL-safe form: lower case, words joined by hyphens; Cyrillic and CJK letters are kept. */
export function toSlug(value: string): string {
  return value
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^\p{L}\p{N}-]+/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
}

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

/**
 * Russian (and Kazakh) letters in Latin, as the content's own Russian slugs are written
 * (`prodlenie-turisticheskoy-sim-karty-v-kazakhstane`: й → y, х → kh, ь dropped), so a URL
 * reads the same when copied into any chat. Other letters are left as they are.
 */
export function transliterate(text: string): string {
  return Array.from(text.toLowerCase(), (char) => cyrillic[char] ?? char).join('')
}

const han = /\p{Script=Han}/u

/**
 * Chinese characters as toneless pinyin, one syllable per character, hyphenated (ü as v, as
 * typed on a keyboard: 旅游 → lv-you); runs of other text are kept whole. pinyin-pro's default
 * build has no word dictionary (its `segment` answers syllables), so syllables, not words.
 */
function romanizeHan(text: string): string {
  if (!han.test(text)) return text
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('-')
}

/** Longest slug made from a title; a longer title is cut at a hyphen. */
const maxGeneratedLength = 96

/** The slug a title gives (before making it unique): pinyin, transliteration, then `toSlug`. */
export function slugFromTitle(title: string): string {
  const slug = toSlug(transliterate(romanizeHan(title)))
  if (slug.length <= maxGeneratedLength) return slug
  const cut = slug.slice(0, maxGeneratedLength)
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut
}

/**
 * `base`, or `base-2`, `base-3`… whichever no other document of the collection has in `locale`,
 * published or in its newest draft.
 */
export async function uniqueSlug(
  payload: Payload,
  {
    collection,
    locale,
    base,
    id,
    req,
  }: {
    collection: string
    locale: Locale
    base: string
    id?: number | string
    req?: Partial<PayloadRequest>
  },
): Promise<string> {
  const where: Where = {
    and: [{ slug: { like: base } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])],
  }
  const read = (draft: boolean) =>
    payload.find({
      collection: collection as 'guides',
      locale,
      draft,
      depth: 0,
      limit: 0,
      pagination: false,
      where,
      select: { slug: true },
      overrideAccess: true,
      req,
    })
  const [newest, published] = await Promise.all([read(true), read(false)])
  const taken = new Set(
    [...newest.docs, ...published.docs].map((doc) => (doc as { slug?: unknown }).slug),
  )
  let slug = base
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
  return slug
}

/** Whether `slug` is what `title` gives, or that with a `-N` uniqueness suffix. */
const isGeneratedFrom = (slug: string, title: unknown) => {
  if (typeof title !== 'string' || !title.trim()) return false
  const base = slugFromTitle(title)
  return slug === base || (slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1)))
}

/** Whether readers have had `slug` as the document's slug in `locale` (any published version). */
async function wasPublished(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  slug: string,
  locale: Locale,
) {
  const { totalDocs } = await req.payload.countVersions({
    collection: collection as 'guides',
    locale,
    where: {
      and: [
        { parent: { equals: id } },
        { 'version._status': { equals: 'published' } },
        { 'version.slug': { equals: slug } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * Before validation (so a generated slug satisfies `required`): the slug normalised, or, when
 * it is empty, made from the title in the locale being saved (unique among the collection's
 * documents). While a document's slug is the one its title gave and readers have never had it,
 * it follows the title as the editor types (autosave would otherwise keep the first two
 * seconds of a title); a slug an editor typed, or one ever published, is never rewritten.
 */
const fillSlug: FieldHook = async ({
  value,
  data,
  originalDoc,
  collection,
  field,
  req,
  operation,
}) => {
  const slug = typeof value === 'string' ? toSlug(value) : value
  const slugOf = collection && isPublicCollection(collection.slug) ? collection.slug : undefined
  if (!slugOf || (operation !== 'create' && operation !== 'update')) return slug
  const titleField = publicCollections[slugOf].titleField
  const sent = (data as Record<string, unknown> | undefined)?.[titleField]
  const title = sent ?? (originalDoc as Record<string, unknown> | undefined)?.[titleField]
  if (typeof title !== 'string' || !title.trim()) return slug
  const locale = (req.locale ?? defaultLocale) as Locale
  const previous = (originalDoc as { slug?: unknown } | undefined)?.slug
  const id = (originalDoc as { id?: number | string } | undefined)?.id

  const generate = async () =>
    uniqueSlug(req.payload, { collection: slugOf, locale, base: slugFromTitle(title), id, req })

  if (!slug) {
    // Not sent: the stored slug stays (a partial update), unless there is none.
    if (slug === undefined && typeof previous === 'string' && previous) return previous
    return slugFromTitle(title) ? generate() : slug
  }
  // A slug shared by every locale follows the source (zh) title only.
  if (!field.localized && locale !== defaultLocale) return slug
  const unchanged = slug === previous
  const titleChanged = typeof sent === 'string' && sent !== originalDoc?.[titleField]
  if (
    unchanged &&
    titleChanged &&
    id !== undefined &&
    isGeneratedFrom(slug, originalDoc?.[titleField]) &&
    !isGeneratedFrom(slug, sent) &&
    !(await wasPublished(req, slugOf, id, slug, locale))
  ) {
    return generate()
  }
  return slug
}

type SlugFieldOptions = {
  /** A guide's slug differs per locale; a carrier's is one for all. */
  localized?: boolean
  overrides?: Partial<TextField>
}

/**
 * The `slug` field every public document has: required, unique, normalised on save, and made
 * from the title when left empty (`fillSlug`).
 */
export function slugField({ localized = false, overrides = {} }: SlugFieldOptions = {}): Field {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    localized,
    ...overrides,
    // Label and description in zh, ru and en: src/i18n/admin/labels/fields.ts.
    admin: { position: 'sidebar', ...overrides.admin },
    hooks: {
      ...overrides.hooks,
      beforeValidate: [fillSlug, ...(overrides.hooks?.beforeValidate ?? [])],
    },
  } as TextField
}
