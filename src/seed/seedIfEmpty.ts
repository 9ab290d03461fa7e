import type { Payload } from 'payload'

import { publicCollectionSlugs } from '@/content/publicCollections'

import { seed } from './seed'

/** Seed only an installation that has no content at all, so a start never re-adds deleted demo content. */
export async function seedIfEmpty(payload: Payload): Promise<boolean> {
  for (const collection of publicCollectionSlugs) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return false
  }
  const report = await seed(payload)
  payload.logger.info(`Demo content loaded: ${JSON.stringify(report)}`)
  return true
}
