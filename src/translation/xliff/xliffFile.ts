/**
 * The XLIFF files SIM Atlas writes and reads, as plain data: one `<file>` per document, one unit
 * per translation unit (src/translation/units.ts), ids `<collection>/<docId>/<unitKey>`.
 */
import type { Code, Inline } from './inlineCodes'

export const xliffVersions = ['1.2', '2.0'] as const
export type XliffVersion = (typeof xliffVersions)[number]

export const isXliffVersion = (value: unknown): value is XliffVersion =>
  xliffVersions.includes(value as XliffVersion)

/**
 * A unit's state for the translator: no translation yet, a translation of an older source,
 * translated, or translated and live on the site.
 */
export type ExportState = 'missing' | 'outdated' | 'translated' | 'final'

export type ExportUnit = {
  /** `<collection>/<docId>/<unitKey>`. */
  id: string
  key: string
  source: Inline[]
  target?: Inline[]
  /** The source's codes (the writer reads their hints: bold, link, line break). */
  codes: Code[]
  state: ExportState
  /** For the translator: what changed (the zh text the target was translated from). */
  note?: string
}

export type ExportDocument = {
  /** `<collection>/<docId>`. */
  original: string
  units: ExportUnit[]
}

export type ExportFile = {
  version: XliffVersion
  sourceLocale: string
  targetLocale: string
  documents: ExportDocument[]
}

/** A unit as read from a file: what the translator sent. */
export type ImportUnit = { id: string; source: Inline[]; target?: Inline[] }

export type ImportFile = {
  version: XliffVersion
  sourceLanguage: string
  targetLanguage: string
  units: ImportUnit[]
}

/** One thing wrong with a file, naming the unit when there is one. */
export type Problem = { unit?: string; message: string }

export const formatProblem = ({ unit, message }: Problem) =>
  unit ? `${unit}: ${message}` : message

export const unitId = (collection: string, docId: number | string, key: string) =>
  `${collection}/${docId}/${key}`

/** Splits a unit id; null when it is not `<collection>/<docId>/<key>`. */
export function parseUnitId(id: string): { collection: string; docId: string; key: string } | null {
  const match = /^([^/]+)\/([^/]+)\/(.+)$/.exec(id)
  return match ? { collection: match[1], docId: match[2], key: match[3] } : null
}

/**
 * XLIFF 2.0 ids are NMTOKENs (letters, digits, `.`, `-`, `_`, `:`): unit keys' `#` becomes
 * `:`, which no key holds. The unit's full id is also its `name`.
 */
export const keyToNmtoken = (key: string) => key.replace(/#/g, ':')
export const nmtokenToKey = (token: string) => token.replace(/:/g, '#')
