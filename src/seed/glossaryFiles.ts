/**
 * The demo glossary as files: `content/glossary/<key>.json`, one concept each —
 * `{ "note"?, "carrier"? (a carrier's slug), "zh": { "preferred", "admitted"?, "forbidden"? },
 * "ru"?: {…}, "en"?: {…} }`. The terms come from the source article and the demo content's own
 * wording. Every file is read and checked before anything is written.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { glossarySlug } from '@/collections/Glossary'
import { conceptProblems } from '@/glossary/conceptProblems'
import { carrierIdsBySlug, upsertConcepts } from '@/glossary/concepts'
import { glossaryLocales, type GlossaryConcept, type LanguageTerms } from '@/glossary/locales'

import { contentDir } from './contentFiles'

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const stringList = (value: unknown, where: string): string[] => {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw new Error(`${where} must be a list of texts`)
  return value
}

/** One file's concept, or an Error naming the file and what is wrong. */
export function conceptFromFile(key: string, json: unknown, file: string): GlossaryConcept {
  if (!isObject(json)) throw new Error(`${file}: not a JSON object`)
  const terms = {} as GlossaryConcept['terms']
  for (const locale of glossaryLocales) {
    const group = json[locale]
    if (group === undefined) {
      terms[locale] = undefined
      continue
    }
    if (!isObject(group) || typeof group.preferred !== 'string')
      throw new Error(`${file}: "${locale}" needs a "preferred" text`)
    terms[locale] = {
      preferred: group.preferred,
      admitted: stringList(group.admitted, `${file}: ${locale}.admitted`),
      forbidden: stringList(group.forbidden, `${file}: ${locale}.forbidden`),
    } satisfies LanguageTerms
  }
  for (const field of ['note', 'carrier'] as const)
    if (json[field] !== undefined && typeof json[field] !== 'string')
      throw new Error(`${file}: "${field}" must be a text`)
  const concept: GlossaryConcept = {
    key,
    ...(json.note ? { note: json.note as string } : {}),
    ...(json.carrier ? { carrier: json.carrier as string } : {}),
    terms,
  }
  const problems = conceptProblems(concept)
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`)
  return concept
}

export function loadGlossaryFiles(dir: string = contentDir): GlossaryConcept[] {
  const folder = path.join(/*turbopackIgnore: true*/ dir, 'glossary')
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(/*turbopackIgnore: true*/ folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(/*turbopackIgnore: true*/ folder, name)
      return conceptFromFile(
        name.slice(0, -'.json'.length),
        JSON.parse(fs.readFileSync(file, 'utf8')),
        file,
      )
    })
}

/**
 * Add the demo glossary's concepts that are not there yet (by key), after the carriers exist;
 * a concept already stored is left as an editor made it. Returns how many were created.
 */
export async function seedGlossary(payload: Payload): Promise<number> {
  const concepts = loadGlossaryFiles()
  const { docs } = await payload.find({
    collection: glossarySlug,
    limit: 0,
    pagination: false,
    depth: 0,
    select: { key: true },
    overrideAccess: true,
  })
  const existing = new Set(docs.map((d) => d.key))
  const missing = concepts.filter((c) => !existing.has(c.key))
  if (!missing.length) return 0
  const carriers = await carrierIdsBySlug(payload, [
    ...new Set(missing.flatMap((c) => (c.carrier ? [c.carrier] : []))),
  ])
  const unknown = missing.filter((c) => c.carrier && !carriers.has(c.carrier))
  if (unknown.length)
    throw new Error(
      `content/glossary: no carrier with the slug ${unknown.map((c) => `"${c.carrier}" (${c.key})`).join(', ')}`,
    )
  const { created } = await upsertConcepts(payload, missing, carriers)
  return created
}
