import type { CollectionSlug, Payload, Where } from 'payload'

import {
  collectionsWithFactsDate,
  factsVerifiedOnName,
  staleFactsWhere,
} from '@/content/factsStaleness'
import { defaultLocale } from '@/i18n/locales'
import type { User } from '@/payload-types'

export type StaleDocument = {
  collection: CollectionSlug
  id: number | string
  title: string
  verifiedOn: string | null
}

export type NeedsChecking = {
  /** Per collection with a "facts verified on" date: how many are stale, how many never verified. */
  counts: { collection: CollectionSlug; stale: number; never: number }[]
  /** Never verified first, then the oldest verified; at most `limit`. */
  documents: StaleDocument[]
}

const never: Where = { [factsVerifiedOnName]: { exists: false } }

/** A title read in all locales, in `locale` if it has one, else the zh source's, else any. */
function titleIn(value: unknown, locale: string | undefined): string | undefined {
  if (typeof value === 'string') return value || undefined
  if (!value || typeof value !== 'object') return undefined
  const byLocale = value as Record<string, unknown>
  const text = (code: string | undefined) =>
    code && typeof byLocale[code] === 'string' && byLocale[code] ? (byLocale[code] as string) : ''
  return (
    text(locale) ||
    text(defaultLocale) ||
    Object.keys(byLocale).map(text).find(Boolean) ||
    undefined
  )
}

/**
 * The admin's "needs checking" list: the documents whose facts `factsAge` calls stale, in every
 * collection that has a "facts verified on" date, read as `user` (drafts included: staff read
 * them, and a draft's facts go out when it is published).
 */
export async function readNeedsChecking(
  payload: Payload,
  user: User,
  { limit = 20, locale, now = new Date() }: { limit?: number; locale?: string; now?: Date } = {},
): Promise<NeedsChecking> {
  const common = {
    overrideAccess: false,
    user,
    depth: 0,
    draft: true,
    // Titles in every locale: a document not written in the admin's locale yet is named in
    // another rather than by its id.
    locale: 'all',
  } as const
  const per = await Promise.all(
    collectionsWithFactsDate(payload).map(async (collection) => {
      const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'id'
      const select = { [titleField]: true, [factsVerifiedOnName]: true }
      const [unverified, stale] = await Promise.all([
        payload.find({ ...common, collection, where: never, limit, sort: 'id', select }),
        payload.find({
          ...common,
          collection,
          where: staleFactsWhere({ now }),
          limit,
          sort: factsVerifiedOnName,
          select,
        }),
      ])
      const row = (read: object): StaleDocument => {
        const doc = read as Record<string, unknown>
        return {
          collection,
          id: doc.id as number,
          title: titleIn(doc[titleField], locale) ?? String(doc.id),
          verifiedOn: (doc[factsVerifiedOnName] as string | null | undefined) ?? null,
        }
      }
      return {
        count: { collection, stale: stale.totalDocs, never: unverified.totalDocs },
        unverified: unverified.docs.map(row),
        dated: stale.docs.map(row).filter((d) => d.verifiedOn),
      }
    }),
  )
  const dated = per
    .flatMap((p) => p.dated)
    .sort((a, b) => Date.parse(a.verifiedOn as string) - Date.parse(b.verifiedOn as string))
  return {
    counts: per.map((p) => p.count),
    documents: [...per.flatMap((p) => p.unverified), ...dated].slice(0, limit),
  }
}
