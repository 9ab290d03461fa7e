import type { Payload } from 'payload'

import { collectionSlugs } from '@/content/constants'
import type { Source } from '@/content/sources'
import { localeValue } from '@/lib/pickLocale'
import { defaultLocale } from '@/i18n/locales'

/** One source as `npm run facts:check` lists it: where it is used, and its check. */
export type SourceUse = {
  collection: 'carriers' | 'channels' | 'guides'
  document: string
  /** The fact's kind, or `source` for a guide's list of sources. */
  what: string
  source: Source
}

const pageSize = 100

/**
 * Every fact's and guide source's source, in the stored state editors see (the newest
 * versions, drafts included), read page by page through the Local API. Incomplete sources
 * are listed too: they are the facts shown as "not verified yet".
 */
export async function readSourceUses(payload: Payload): Promise<SourceUse[]> {
  const uses: SourceUse[] = []
  for (const collection of [collectionSlugs.carriers, collectionSlugs.channels] as const) {
    for (let page = 1; ; page++) {
      const result = await payload.find({
        collection,
        locale: defaultLocale,
        // Drafts included, like guides: an editor re-checks the facts being edited too.
        draft: true,
        depth: 0,
        limit: pageSize,
        page,
        sort: 'slug',
        select: { slug: true, facts: true },
        overrideAccess: true,
      })
      for (const doc of result.docs)
        for (const fact of doc.facts ?? [])
          uses.push({ collection, document: doc.slug, what: fact.kind, source: fact.source ?? {} })
      if (!result.hasNextPage) break
    }
  }
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: collectionSlugs.guides,
      locale: defaultLocale,
      draft: true,
      depth: 0,
      limit: pageSize,
      page,
      sort: 'id',
      select: { slug: true, sources: true },
      overrideAccess: true,
    })
    for (const doc of result.docs)
      for (const source of doc.sources ?? [])
        uses.push({
          collection: 'guides',
          document: localeValue(doc.slug, defaultLocale),
          what: 'source',
          source,
        })
    if (!result.hasNextPage) break
  }
  return uses
}
