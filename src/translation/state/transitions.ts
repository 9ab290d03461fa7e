/**
 * How a save changes one document's translation state in one target locale: the rules of the
 * translation state, as a pure function of the row before, the zh units and the target's units
 * after the save. See the README's "Translation state" section.
 *
 * - A zh save outdates exactly the units whose zh text changed (aligned by `alignUnits`: an
 *   inserted paragraph outdates itself, not the blocks after it); a "minor edit" outdates
 *   nothing, and units that were current stay current against the new zh text.
 * - A save of the target locale makes current the units whose target text changed in it (the
 *   target's units are matched to zh's by key, i.e. by position in rich text and lists); outdated
 *   units the translator did not touch stay outdated.
 * - A unit is missing while the target has no text for it.
 * - `confirm` (a translator's "still correct") makes outdated units current as they are.
 */
import type { TranslationUnit } from '@/translation/units'

import { alignUnits } from './alignUnits'
import type { RowState, StatusUnit } from './types'

export type SaveInput = {
  /** The row's units before; undefined when the document has no row yet. */
  previous: StatusUnit[] | undefined
  /** The zh units after the save. */
  source: TranslationUnit[]
  /** The target locale's units after the save. */
  target: TranslationUnit[]
  /** The save wrote the target locale (its changed units become current). */
  targetSaved: boolean
  /** A zh save flagged as a minor edit (outdates nothing). */
  minorEdit: boolean
  now: string
}

const fromSource = (unit: TranslationUnit) => ({
  translatedFromHash: unit.hash,
  translatedFromText: unit.text,
})

function base(unit: TranslationUnit): Omit<StatusUnit, 'state'> {
  return {
    key: unit.key,
    field: unit.field,
    ...(unit.index === undefined ? {} : { index: unit.index }),
    kind: unit.kind,
    sourceHash: unit.hash,
    sourceText: unit.text,
  }
}

const withoutUndefined = (unit: StatusUnit): StatusUnit =>
  Object.fromEntries(Object.entries(unit).filter(([, v]) => v !== undefined)) as StatusUnit

/** The state of a document with no row yet: what the target has is current, the rest missing. */
export function freshUnits(source: TranslationUnit[], target: TranslationUnit[]): StatusUnit[] {
  const targetByKey = new Map(target.map((t) => [t.key, t]))
  return source.map((unit) => {
    const t = targetByKey.get(unit.key)
    return withoutUndefined(
      t
        ? { ...base(unit), state: 'current', ...fromSource(unit), targetHash: t.hash }
        : { ...base(unit), state: 'missing' },
    )
  })
}

/** The units after a save. */
export function unitsAfterSave(input: SaveInput): StatusUnit[] {
  const { previous, source, target, targetSaved, minorEdit, now } = input
  if (!previous) return freshUnits(source, target)
  const targetByKey = new Map(target.map((t) => [t.key, t]))
  const targetFields = new Set(target.map((t) => t.field))
  // The row before, by key: the target hash recorded for each position.
  const previousByKey = new Map(previous.map((p) => [p.key, p]))
  const aligned = alignUnits(
    previous,
    source,
    (p) => p.sourceHash,
    (s) => s.hash,
  )
  return source.map((unit, at) => {
    const { origin, changed } = aligned[at]
    const t = targetByKey.get(unit.key)
    let next: StatusUnit = {
      ...base(unit),
      state: origin?.state ?? 'outdated',
      translatedFromHash: origin?.translatedFromHash,
      translatedFromText: origin?.translatedFromText,
      outdatedAt: origin?.state === 'outdated' ? origin.outdatedAt : undefined,
      targetHash: t?.hash,
    }
    if (changed) {
      if (minorEdit) {
        // Nothing becomes outdated; what was current follows the corrected zh text.
        if (!origin || origin.state === 'current')
          next = { ...next, state: 'current', ...fromSource(unit) }
      } else if (next.state !== 'outdated') {
        next = { ...next, state: 'outdated', outdatedAt: now }
      } else {
        next.outdatedAt ??= now
      }
    }
    if (targetSaved && t && t.hash !== previousByKey.get(unit.key)?.targetHash) {
      next = { ...next, state: 'current', ...fromSource(unit), outdatedAt: undefined }
    }
    // Target text this row never saw written (e.g. a row made before it): taken as translated.
    if (next.state === 'missing' && t) next = { ...next, state: 'current', ...fromSource(unit) }
    // Missing: the target has no text here. Where blocks shifted (zh inserted one, the target
    // not yet), a position past the target's end keeps the state it carried, unless this save
    // of the target is what removed its text there.
    const untranslatedField = !targetFields.has(unit.field)
    const removedByThisSave = targetSaved && previousByKey.get(unit.key)?.targetHash !== undefined
    if (
      !t &&
      (unit.index === undefined ||
        untranslatedField ||
        !next.translatedFromHash ||
        removedByThisSave)
    ) {
      next = { ...next, state: 'missing', outdatedAt: undefined }
    }
    if (next.state === 'outdated') next.outdatedAt ??= now
    return withoutUndefined(next)
  })
}

/** `confirm`: the listed outdated units (all when `keys` is absent) are current as they are. */
export function confirmUnits(units: StatusUnit[], keys?: string[]): StatusUnit[] {
  const wanted = keys ? new Set(keys) : undefined
  return units.map((unit) =>
    unit.state === 'outdated' && (!wanted || wanted.has(unit.key))
      ? withoutUndefined({
          ...unit,
          state: 'current',
          translatedFromHash: unit.sourceHash,
          translatedFromText: unit.sourceText,
          outdatedAt: undefined,
        })
      : unit,
  )
}

/** A row's counts and document state from its units and whether the document is translated. */
export function summarize(units: StatusUnit[], translated: boolean): RowState {
  const outdated = units.filter((u) => u.state === 'outdated')
  const missingUnits = units.filter((u) => u.state === 'missing').length
  const since = outdated
    .map((u) => u.outdatedAt)
    .filter((d): d is string => Boolean(d))
    .sort()[0]
  return {
    state: !translated ? 'missing' : outdated.length > 0 ? 'outdated' : 'current',
    units,
    missingUnits,
    outdatedUnits: outdated.length,
    totalUnits: units.length,
    outdatedSince: translated && outdated.length > 0 ? (since ?? null) : null,
  }
}
