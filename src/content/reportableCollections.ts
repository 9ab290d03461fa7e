/**
 * The public collections whose documents have a page of their own, on which readers can report
 * an outdated fact (src/reports/). FAQs are left out: they are entries of the FAQ page, not pages.
 * A leaf module, like the registry it narrows.
 */
import { collectionSlugs } from './constants'
import type { PublicCollection } from './publicCollections'

export const reportableCollections = [
  collectionSlugs.guides,
  collectionSlugs.carriers,
  collectionSlugs.channels,
] as const satisfies readonly PublicCollection[]

export type ReportableCollection = (typeof reportableCollections)[number]

export function isReportableCollection(value: unknown): value is ReportableCollection {
  return (reportableCollections as readonly unknown[]).includes(value)
}
