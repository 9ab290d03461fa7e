/**
 * The demo content as files (`content/` at the project root), read and checked. One document is
 * `<collection>/<key>.json` (the fields every language shares, relations by the other
 * documents' keys) plus one file per locale with the fields that language has:
 * `<key>.<locale>.md` (front matter, then the rich text body in Markdown) for guides and FAQs,
 * `<key>.<locale>.json` for carriers and channels. Every locale file must be there, every key
 * known: a missing file, an unknown key or a reference to no document is a `ContentFileError`
 * naming the file. Nothing is read from outside the project.
 */
import fs from 'node:fs'
import path from 'node:path'

import {
  channelKinds,
  channelVerifications,
  checkedAnswers,
  collectionSlugs,
  factKinds,
  paymentMethods,
  sourceLanguages,
  topics,
} from '@/content/constants'
import { type PublicCollection, publicCollectionSlugs } from '@/content/publicCollections'
import { countries } from '@/fields/country'
import { isSourceUrl } from '@/fields/source'
import { metaMaxLength } from '@/seo/metaLimits'
import { toSlug } from '@/fields/slug'
import { locales, type Locale } from '@/i18n/locales'

import {
  type Check,
  ContentFileError,
  day,
  type FieldChecks,
  type Fields,
  key,
  keyPattern,
  listOf,
  oneOf,
  optional,
  orElse,
  readFields,
  record,
  text,
  wholeNumber,
} from './contentFileFields'
import { splitFrontMatter } from './frontMatter'

/**
 * The project's content folder: `npm run seed`/`start` and vitest run from the project root,
 * and Next's standalone server.js changes into its own folder (the Docker image copies
 * `content/` there). The files are read at run time, not bundled: `turbopackIgnore` keeps
 * Next's build from tracing the whole project because of these paths.
 */
export const contentDir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'content')

const country = oneOf(countries.map((c) => c.value))
const references = listOf(key, { distinct: true })
const slug: Check<string> = (value, problem) => {
  const written = text()(value, problem)
  if (toSlug(written) !== written)
    return problem(`must be written as it is stored: "${toSlug(written)}"`)
  return written
}

/**
 * A source as the shared files write it (the shape guides share with facts): every part is
 * required, as a fact or source in the content files is published.
 */
const source = record({
  url: ((value, problem) =>
    isSourceUrl(value)
      ? value
      : problem(`must be an https:// address (got ${JSON.stringify(value)})`)) as Check<string>,
  title: text(),
  language: oneOf(sourceLanguages),
  checkedOn: day,
})
/**
 * Facts: the kind and source in `<key>.json`, our sentence in each `<key>.<locale>.json`, matched
 * by position (the n-th text is the n-th fact's; the counts must agree).
 */
const sharedFacts = orElse(listOf(record({ kind: oneOf(factKinds), source })), [])
const localizedFacts = orElse(listOf(text()), [])

/** How each collection's files are written: the format of the locale files and their fields. */
const formats = {
  carriers: {
    localeFile: 'json',
    shared: { country, facts: sharedFacts },
    localized: { name: text(), description: text(), facts: localizedFacts },
  },
  channels: {
    localeFile: 'json',
    shared: {
      kinds: listOf(oneOf(channelKinds), { distinct: true }),
      verification: oneOf(channelVerifications),
      paymentMethods: listOf(oneOf(paymentMethods), { distinct: true }),
      worksFromAbroad: oneOf(checkedAnswers),
      carriers: references,
      facts: sharedFacts,
    },
    localized: {
      facts: localizedFacts,
      name: text(),
      summary: text(),
      steps: listOf(text()),
      pros: listOf(text()),
      cautions: listOf(text()),
      timeToEffect: optional(text()),
    },
  },
  faqs: {
    localeFile: 'md',
    body: 'answer',
    shared: {
      topic: oneOf(topics),
      order: wholeNumber,
      relatedGuides: optional(references),
      sources: orElse(listOf(source), []),
    },
    localized: { question: text(), answer: text() },
  },
  guides: {
    localeFile: 'md',
    body: 'body',
    shared: {
      topic: oneOf(topics),
      country,
      relatedCarriers: references,
      relatedChannels: references,
      relatedFaqs: references,
      sources: orElse(listOf(source), []),
    },
    // `meta.*` are the SEO group's fields (src/seo/seoPlugin.ts).
    localized: {
      title: text(),
      slug,
      summary: text(),
      'meta.title': text({ maxLength: metaMaxLength.title }),
      'meta.description': text({ maxLength: metaMaxLength.description }),
      body: text(),
    },
  },
} satisfies Record<PublicCollection, CollectionFormat>

type CollectionFormat = {
  localeFile: 'json' | 'md'
  /** Markdown files: the field their body (the text after the front matter) is. */
  body?: string
  shared: FieldChecks
  localized: FieldChecks
}

type Formats = typeof formats

/** One document as its files say: `key` names it in references and file names. */
export type ContentDocument<C extends PublicCollection> = {
  key: string
  shared: Fields<Formats[C]['shared']>
  localized: Record<Locale, Fields<Formats[C]['localized']>>
  /** The files it was read from, for messages. */
  files: { shared: string; localized: Record<Locale, string> }
}

export type SeedContent = { [C in PublicCollection]: ContentDocument<C>[] }

/** Which collection each reference field of a shared file points to. */
const referenceTargets: { [C in PublicCollection]: Record<string, PublicCollection> } = {
  carriers: {},
  channels: { carriers: collectionSlugs.carriers },
  faqs: { relatedGuides: collectionSlugs.guides },
  guides: {
    relatedCarriers: collectionSlugs.carriers,
    relatedChannels: collectionSlugs.channels,
    relatedFaqs: collectionSlugs.faqs,
  },
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8'))
  } catch (error) {
    throw new ContentFileError(file, `is not valid JSON (${(error as Error).message})`)
  }
}

function readLocaleFile(file: string, format: CollectionFormat): unknown {
  if (format.localeFile === 'json') return readJson(file)
  const { fields, body } = splitFrontMatter(
    file,
    fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8'),
  )
  const bodyField = format.body as string
  if (Object.hasOwn(fields, bodyField))
    throw new ContentFileError(file, `"${bodyField}" is the text after the front matter, not a key`)
  return { ...fields, ...(body ? { [bodyField]: body } : {}) }
}

function loadCollection<C extends PublicCollection>(dir: string, collection: C) {
  const format: CollectionFormat = formats[collection]
  const folder = path.join(/*turbopackIgnore: true*/ dir, collection)
  if (!fs.existsSync(/*turbopackIgnore: true*/ folder))
    throw new ContentFileError(folder, 'is missing')
  const names = fs.readdirSync(/*turbopackIgnore: true*/ folder).sort()
  const expected = `<key>.json and <key>.{${locales.join(',')}}.${format.localeFile}`
  const keys: string[] = []
  for (const name of names) {
    const file = path.join(/*turbopackIgnore: true*/ folder, name)
    const parts = name.split('.')
    const known =
      keyPattern.test(parts[0]) &&
      ((parts.length === 2 && parts[1] === 'json') ||
        (parts.length === 3 &&
          (locales as readonly string[]).includes(parts[1]) &&
          parts[2] === format.localeFile))
    if (!known) throw new ContentFileError(file, `is not a content file (expected ${expected})`)
    if (parts.length === 3 && !names.includes(`${parts[0]}.json`))
      throw new ContentFileError(file, `has no ${parts[0]}.json beside it`)
    if (parts.length === 2) keys.push(parts[0])
  }
  return keys.map((documentKey): ContentDocument<C> => {
    const sharedFile = path.join(/*turbopackIgnore: true*/ folder, `${documentKey}.json`)
    const localizedFiles = {} as Record<Locale, string>
    const localized = {} as ContentDocument<C>['localized']
    for (const locale of locales) {
      const file = path.join(
        /*turbopackIgnore: true*/ folder,
        `${documentKey}.${locale}.${format.localeFile}`,
      )
      if (!fs.existsSync(/*turbopackIgnore: true*/ file))
        throw new ContentFileError(file, `is missing: every document has a file per locale`)
      localizedFiles[locale] = file
      localized[locale] = readFields(
        file,
        readLocaleFile(file, format),
        formats[collection].localized,
      ) as ContentDocument<C>['localized'][Locale]
    }
    const shared = readFields(sharedFile, readJson(sharedFile), formats[collection].shared)
    checkFactTexts(shared, localized, localizedFiles)
    return {
      key: documentKey,
      shared: shared as never,
      localized,
      files: { shared: sharedFile, localized: localizedFiles },
    }
  })
}

/** Each locale file has one text per fact of the shared file, in the same order. */
function checkFactTexts(
  shared: Record<string, unknown>,
  localized: Record<Locale, Record<string, unknown>>,
  files: Record<Locale, string>,
) {
  if (!Array.isArray(shared.facts)) return
  for (const locale of locales) {
    const texts = localized[locale].facts as unknown[]
    if (texts.length !== shared.facts.length)
      throw new ContentFileError(
        files[locale],
        `"facts" has ${texts.length} texts for the ${shared.facts.length} facts of the shared file (one each, in the same order)`,
      )
  }
}

/** References name existing documents, and no two guides share a slug in a locale. */
function checkAcrossDocuments(content: SeedContent) {
  for (const collection of publicCollectionSlugs) {
    for (const document of content[collection]) {
      for (const [field, target] of Object.entries(referenceTargets[collection])) {
        const known = new Set(content[target].map((d) => d.key))
        const keys = (document.shared as unknown as Record<string, string[] | null>)[field] ?? []
        const unknown = keys.find((k) => !known.has(k))
        if (unknown !== undefined)
          throw new ContentFileError(
            document.files.shared,
            `"${field}" names "${unknown}", which is no file in ${target}/`,
          )
      }
    }
  }
  for (const locale of locales) {
    const seen = new Map<string, string>()
    for (const guide of content.guides) {
      const { slug: guideSlug } = guide.localized[locale]
      const other = seen.get(guideSlug)
      if (other)
        throw new ContentFileError(
          guide.files.localized[locale],
          `slug "${guideSlug}" is also ${other}'s`,
        )
      seen.set(guideSlug, guide.files.localized[locale])
    }
  }
}

/** Every content file, read and checked. */
export function loadContentFiles(dir: string = contentDir): SeedContent {
  const content = {
    carriers: loadCollection(dir, collectionSlugs.carriers),
    channels: loadCollection(dir, collectionSlugs.channels),
    faqs: loadCollection(dir, collectionSlugs.faqs),
    guides: loadCollection(dir, collectionSlugs.guides),
  }
  checkAcrossDocuments(content)
  return content
}
