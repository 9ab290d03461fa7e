/**
 * An export's parameters from text (the command line's flags, the REST query string), checked
 * in one place: every problem at once, in words.
 */
import { isPublicCollection, publicCollectionSlugs } from '@/content/publicCollections'
import { isLocale } from '@/i18n/locales'

import type { UnitState } from './documentUnits'
import type { ExportOptions } from './exportXliff'
import { isXliffVersion, xliffVersions } from './xliffFile'

export type ExportParams = {
  locale?: string | null
  version?: string | null
  collection?: string | null
  id?: string | null
  only?: string | null
}

const unitStates: UnitState[] = ['missing', 'outdated', 'current']

export function parseExportParams(
  params: ExportParams,
): { options: ExportOptions; problems: [] } | { options?: undefined; problems: string[] } {
  const problems: string[] = []
  const { locale, version = '1.2', collection, id, only } = params
  if (!isLocale(locale) || locale === 'zh') {
    problems.push(`locale must be ru or en (the target; zh is the source), not "${locale ?? ''}"`)
  }
  if (!isXliffVersion(version ?? '1.2')) {
    problems.push(`version must be ${xliffVersions.join(' or ')}, not "${version}"`)
  }
  if (collection && !isPublicCollection(collection)) {
    problems.push(
      `collection must be one of ${publicCollectionSlugs.join(', ')}, not "${collection}"`,
    )
  }
  const docId = id ? Number(id) : undefined
  if (id && (!/^\d+$/.test(id) || !Number.isSafeInteger(docId) || docId! <= 0)) {
    problems.push(`id must be a document id (a positive whole number), not "${id}"`)
  }
  if (id && !collection) problems.push('an id needs its collection')
  const states = only ? only.split(',').map((s) => s.trim()) : undefined
  const unknown = states?.filter((s) => !unitStates.includes(s as UnitState)) ?? []
  if (unknown.length) {
    problems.push(
      `only takes ${unitStates.join(', ')} (comma-separated), not "${unknown.join(',')}"`,
    )
  }
  if (problems.length) return { problems }
  return {
    options: {
      locale: locale as ExportOptions['locale'],
      version: (version ?? '1.2') as ExportOptions['version'],
      ...(collection ? { collection: collection as ExportOptions['collection'] } : {}),
      ...(docId !== undefined ? { id: docId } : {}),
      ...(states ? { only: states as UnitState[] } : {}),
    },
    problems: [],
  }
}
