/**
 * What the translators' dashboard shows, read as the signed-in user (access applies: a
 * translator's rows are their own locales'): per locale and collection, how many documents are
 * missing, outdated and current, and the worklist, oldest outdated first, then the missing ones.
 */
import type { Payload } from 'payload'

import { checkRole } from '@/access/checkRole'
import { collectionSlugs } from '@/content/constants'
import { publicCollectionSlugs, type PublicCollection } from '@/content/publicCollections'
import type { TranslationStatus, User } from '@/payload-types'

import { isTargetLocale, targetLocales, type TargetLocale } from './types'

export type CollectionProgress = {
  collection: PublicCollection
  total: number
  missing: number
  outdated: number
  current: number
}

export type WorkItem = Pick<
  TranslationStatus,
  'id' | 'title' | 'state' | 'outdatedUnits' | 'missingUnits' | 'totalUnits' | 'outdatedSince'
> & { collection: PublicCollection; documentId: number; locale: TargetLocale }

export type LocaleProgress = {
  locale: TargetLocale
  collections: CollectionProgress[]
  worklist: WorkItem[]
}

/** The locales a user works on: a translator's own, every target locale for editors and admins. */
export function localesOf(user: User | null | undefined): TargetLocale[] {
  if (checkRole(['admin', 'editor'], user)) return targetLocales
  if (!checkRole(['translator'], user)) return []
  return targetLocales.filter((l) => user?.editableLocales?.includes(l))
}

const worklistSize = 50

export async function translationProgress(
  payload: Payload,
  user: User,
  { worklist = true }: { worklist?: boolean } = {},
): Promise<LocaleProgress[]> {
  const asUser = { overrideAccess: false, user } as const
  const count = (where: Record<string, unknown>) =>
    payload
      .count({ collection: collectionSlugs.translationStatus, where: where as never, ...asUser })
      .then((r) => r.totalDocs)
  return Promise.all(
    localesOf(user).map(async (locale): Promise<LocaleProgress> => {
      const collections = await Promise.all(
        publicCollectionSlugs.map(async (collection) => {
          const base = { locale: { equals: locale }, collection: { equals: collection } }
          const [total, missing, outdated] = await Promise.all([
            count(base),
            count({ ...base, state: { equals: 'missing' } }),
            count({ ...base, state: { equals: 'outdated' } }),
          ])
          return { collection, total, missing, outdated, current: total - missing - outdated }
        }),
      )
      const rows = worklist
        ? (
            await payload.find({
              collection: collectionSlugs.translationStatus,
              where: { locale: { equals: locale }, state: { in: ['outdated', 'missing'] } },
              // Postgres puts the missing ones (no outdatedSince) after every outdated one.
              sort: ['outdatedSince', 'createdAt'],
              limit: worklistSize,
              depth: 0,
              select: {
                title: true,
                state: true,
                outdatedUnits: true,
                missingUnits: true,
                totalUnits: true,
                outdatedSince: true,
                collection: true,
                document: true,
                locale: true,
              },
              ...asUser,
            })
          ).docs
        : []
      return {
        locale,
        collections,
        worklist: rows.flatMap((row) => {
          const document = row.document as { relationTo: string; value: number | { id: number } }
          const documentId =
            typeof document?.value === 'object' ? document.value.id : Number(document?.value)
          if (!isTargetLocale(row.locale) || !Number.isFinite(documentId)) return []
          return [
            {
              ...row,
              collection: row.collection as PublicCollection,
              documentId,
              locale: row.locale,
            },
          ]
        }),
      }
    }),
  )
}

/** The admin URL of a document in a locale. */
export const documentUrl = (
  adminRoute: string,
  item: Pick<WorkItem, 'collection' | 'documentId' | 'locale'>,
) => `${adminRoute}/collections/${item.collection}/${item.documentId}?locale=${item.locale}`
