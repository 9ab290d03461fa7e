import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '@/content/constants'
import { type FeedbackCollection, publicCollections } from '@/content/publicCollections'
import { locales, type Locale } from '@/i18n/locales'

export type Tally = { helpful: number; notHelpful: number }

export type FeedbackTotals = { perLocale: Record<Locale, Tally>; total: Tally }

/**
 * A document's "Was this helpful?" answers, counted per locale and in total. Read as the
 * request's user with access control on: votes are staff-only, so anyone else gets a 403.
 */
export async function readFeedbackTotals(
  req: PayloadRequest,
  collection: FeedbackCollection,
  id: number | string,
): Promise<FeedbackTotals> {
  const field = publicCollections[collection].feedbackField
  const count = (locale: Locale, helpful: boolean) =>
    req.payload
      .count({
        collection: collectionSlugs.votes,
        overrideAccess: false,
        req,
        where: {
          [field]: { equals: id },
          locale: { equals: locale },
          helpful: { equals: helpful },
        },
      })
      .then((r) => r.totalDocs)
  const rows = await Promise.all(
    locales.map(async (locale) => {
      const [helpful, notHelpful] = await Promise.all([count(locale, true), count(locale, false)])
      return [locale, { helpful, notHelpful }] as const
    }),
  )
  const perLocale = Object.fromEntries(rows) as Record<Locale, Tally>
  const total = rows.reduce(
    (sum, [, t]) => ({
      helpful: sum.helpful + t.helpful,
      notHelpful: sum.notHelpful + t.notHelpful,
    }),
    { helpful: 0, notHelpful: 0 },
  )
  return { perLocale, total }
}
