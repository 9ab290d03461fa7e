/**
 * Whether a document's facts need checking again: its "facts verified on" (the oldest check of
 * its sources, `factsVerifiedOnOldestCheck`) is older than the limit
 * (`SIMATLAS_FACTS_STALE_AFTER_DAYS`, 180 by default), or empty — nothing verified is the most
 * in need of checking. The one rule: the admin's list column and "needs checking" panel and the
 * readers' "last verified on" notice all ask here.
 *
 * Staleness depends on today, not only on the stored date, so it is decided when a page or the
 * admin renders, never stored or cached with the document: the pages that show it export `revalidate = 3600`
 * and render again at least hourly from their cached reads, so a page cached yesterday turns
 * stale the day it should.
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { env } from '@/env'

/** The field every collection with sourced facts carries (`factsVerifiedOnField`). */
export const factsVerifiedOnName = 'factsVerifiedOn'

const dayMs = 24 * 60 * 60 * 1000

/** After how many days facts are stale. */
export const factsStaleAfterDays = (): number => env.factsStaleAfterDays()

export type FactsAge = {
  /** Whole days since the facts were verified, or null when they never were. */
  days: number | null
  /** Past the limit, or never verified. */
  stale: boolean
  /** The limit it was judged by, in days. */
  limitDays: number
}

/** How old a document's verified facts are, and whether that is too old. */
export function factsAge(
  verifiedOn: string | Date | null | undefined,
  { now = new Date(), limitDays = factsStaleAfterDays() }: { now?: Date; limitDays?: number } = {},
): FactsAge {
  const time = verifiedOn ? new Date(verifiedOn).getTime() : NaN
  if (Number.isNaN(time)) return { days: null, stale: true, limitDays }
  const days = Math.max(0, Math.floor((now.getTime() - time) / dayMs))
  return { days, stale: days > limitDays, limitDays }
}

/** The instant before which a verification is stale (`verifiedOn < cutoff`). */
export function staleCutoff({
  now = new Date(),
  limitDays = factsStaleAfterDays(),
}: { now?: Date; limitDays?: number } = {}): Date {
  // Stale is "more than limitDays whole days ago": verified at or before now - (limit + 1) days
  // and a millisecond; `less_than now - limit days` agrees with factsAge to the day.
  return new Date(now.getTime() - (limitDays + 1) * dayMs + 1)
}

/** The `where` that finds the documents `factsAge` calls stale. */
export function staleFactsWhere(options: { now?: Date; limitDays?: number } = {}): Where {
  return {
    or: [
      { [factsVerifiedOnName]: { less_than: staleCutoff(options).toISOString() } },
      { [factsVerifiedOnName]: { exists: false } },
    ],
  }
}

/** The collections whose documents carry a "facts verified on" date, as the config says. */
export function collectionsWithFactsDate(payload: Payload): CollectionSlug[] {
  return Object.values(payload.collections)
    .filter(({ config }) =>
      config.flattenedFields.some((field) => 'name' in field && field.name === factsVerifiedOnName),
    )
    .map(({ config }) => config.slug)
}
