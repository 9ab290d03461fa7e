/**
 * The terminology check of one document in one target locale, per translation unit
 * (src/translation/units.ts, so a finding names the same unit as the translation state and
 * XLIFF):
 * - hints: each concept whose zh term (preferred or admitted) occurs in the zh source, with
 *   its rendering in the target locale and the units it occurs in;
 * - problems: a source term whose preferred (or admitted) rendering is absent from the
 *   translated unit, and a forbidden variant used anywhere in the target.
 * Units not translated yet are not checked (the translation state reports them missing).
 * A warning, never a block: nothing here refuses a save.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { PublicCollection } from '@/content/publicCollections'
import { asServer, readUnits } from '@/translation/readUnits'
import { unitFieldLabel, type TranslationUnit } from '@/translation/units'

import { loadConcepts } from './concepts'
import { sourceLocale, type GlossaryConcept, type TargetLocale } from './locales'
import { containsSourceTerm, stemMatches } from './matchTerms'

export type GlossaryHint = {
  concept: string
  /** The zh term found (preferred, or the admitted synonym the source uses). */
  source: string
  /** The target locale's preferred term; absent when the glossary has none for it yet. */
  preferred?: string
  admitted: string[]
  forbidden: string[]
  note?: string
  /** Unit keys (and labels) of the zh source where the term occurs. */
  units: { key: string; label: string }[]
}

export type GlossaryProblem = {
  kind: 'missing' | 'forbidden'
  concept: string
  /** missing: the zh term; forbidden: the forbidden variant used. */
  term: string
  /** What to write instead. */
  preferred?: string
  unit: string
  label: string
  message: string
}

export type GlossaryCheck = {
  collection: PublicCollection
  id: number
  locale: TargetLocale
  hints: GlossaryHint[]
  problems: GlossaryProblem[]
}

export type GlossaryCheckArgs = {
  collection: PublicCollection
  id: number
  locale: TargetLocale
  req?: Partial<PayloadRequest>
  /** Concepts already loaded (a caller checking many documents). */
  concepts?: GlossaryConcept[]
}

/** The document's units in one locale: its own values only (no fallback), the newest draft. */
async function unitsIn(
  payload: Payload,
  { collection, id, req }: GlossaryCheckArgs,
  locale: GlossaryCheckArgs['locale'] | typeof sourceLocale,
): Promise<TranslationUnit[]> {
  // Never null: without `disableErrors` a missing document is Payload's NotFound error.
  return (await readUnits(payload, { collection, id, locale, readAs: asServer, req })) ?? []
}

/** The hints for a document: concepts found in its zh source and their target terms. */
export function findHints(
  concepts: GlossaryConcept[],
  source: TranslationUnit[],
  locale: TargetLocale,
): GlossaryHint[] {
  return concepts.flatMap((concept) => {
    const zh = concept.terms[sourceLocale]
    if (!zh) return []
    const sourceTerms = [zh.preferred, ...zh.admitted].filter((t) => t.trim())
    let found: string | undefined
    const units = source.filter((unit) => {
      const term = sourceTerms.find((t) => containsSourceTerm(unit.text, t))
      found ??= term
      return term !== undefined
    })
    if (!units.length || !found) return []
    const target = concept.terms[locale]
    return [
      {
        concept: concept.key,
        source: found,
        ...(target?.preferred ? { preferred: target.preferred } : {}),
        admitted: target?.admitted ?? [],
        forbidden: target?.forbidden ?? [],
        ...(concept.note ? { note: concept.note } : {}),
        units: units.map((u) => ({ key: u.key, label: unitFieldLabel(u) })),
      },
    ]
  })
}

/** Check one document's translation in `locale` against the glossary. */
export async function glossaryCheck(
  payload: Payload,
  args: GlossaryCheckArgs,
): Promise<GlossaryCheck> {
  const { collection, id, locale } = args
  const concepts = args.concepts ?? (await loadConcepts(payload, args.req))
  // One after the other: each read sets its locale on the shared `req` until it is done.
  const source = await unitsIn(payload, args, sourceLocale)
  const target = await unitsIn(payload, args, locale)
  const hints = findHints(concepts, source, locale)

  // Every target term once: the allowed renderings of the hinted concepts, every forbidden one.
  const terms: string[] = []
  const termIndex = new Map<string, number>()
  const indexOf = (term: string) => {
    if (!termIndex.has(term)) termIndex.set(term, terms.push(term) - 1)
    return termIndex.get(term)!
  }
  const allowed = new Map(
    hints.map((h) => [
      h.concept,
      [h.preferred, ...h.admitted].filter(Boolean).map((t) => indexOf(t!)),
    ]),
  )
  const forbidden = concepts.flatMap((c) =>
    (c.terms[locale]?.forbidden ?? []).map((term) => ({ concept: c, term, index: indexOf(term) })),
  )
  const matches = await stemMatches(
    payload,
    locale,
    target.map((u) => u.text),
    terms,
  )
  const targetIndex = new Map(target.map((u, i) => [u.key, i]))
  const problems: GlossaryProblem[] = []

  for (const hint of hints) {
    const allowedTerms = allowed.get(hint.concept) ?? []
    if (!allowedTerms.length) continue
    for (const unit of hint.units) {
      const i = targetIndex.get(unit.key)
      if (i === undefined) continue
      if (allowedTerms.some((j) => matches.has(`${i}:${j}`))) continue
      problems.push({
        kind: 'missing',
        concept: hint.concept,
        term: hint.source,
        preferred: hint.preferred,
        unit: unit.key,
        label: unit.label,
        message: `${unit.label}: the source says ${hint.source}, but the ${locale} text does not use "${hint.preferred}".`,
      })
    }
  }
  target.forEach((unit, i) => {
    for (const { concept, term, index } of forbidden) {
      if (!matches.has(`${i}:${index}`)) continue
      const preferred = concept.terms[locale]?.preferred
      problems.push({
        kind: 'forbidden',
        concept: concept.key,
        term,
        ...(preferred ? { preferred } : {}),
        unit: unit.key,
        label: unitFieldLabel(unit),
        message: `${unitFieldLabel(unit)}: "${term}" is a forbidden variant${preferred ? `; write "${preferred}"` : ''}.`,
      })
    }
  })
  // In reading order of the target, so a list of findings follows the document.
  const order = (p: GlossaryProblem) => targetIndex.get(p.unit) ?? Number.MAX_SAFE_INTEGER
  problems.sort((a, b) => order(a) - order(b))
  return { collection, id, locale, hints, problems }
}

/** The hints alone, for a caller that only shows them (the split view, a dashboard). */
export async function glossaryHints(payload: Payload, args: GlossaryCheckArgs) {
  const concepts = args.concepts ?? (await loadConcepts(payload, args.req))
  return findHints(concepts, await unitsIn(payload, args, sourceLocale), args.locale)
}
