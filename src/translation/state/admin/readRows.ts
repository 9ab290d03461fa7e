import type { Payload } from 'payload'

import { collectionSlugs } from '@/content/constants'
import type { PublicCollection } from '@/content/publicCollections'
import type { TranslationStatus, User } from '@/payload-types'

import { rowKey } from '../statusRows'
import { targetLocales } from '../types'

/** A document's rows the user may read (access applies: translators get their locales only). */
export async function rowsOfDocument(
  payload: Payload,
  user: User | null,
  collection: PublicCollection,
  id: number | string,
): Promise<TranslationStatus[]> {
  if (!user) return []
  const { docs } = await payload.find({
    collection: collectionSlugs.translationStatus,
    where: { rowKey: { in: targetLocales.map((l) => rowKey(collection, id, l)) } },
    sort: 'locale',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
    select: {
      locale: true,
      state: true,
      outdatedUnits: true,
      missingUnits: true,
      totalUnits: true,
    },
  })
  return docs as TranslationStatus[]
}
