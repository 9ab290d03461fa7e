import type { Where } from 'payload'
import { cache } from 'react'

import { guidesSlug } from '@/collections/Guides'
import { TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { Guide } from '@/payload-types'

import { cached } from './cached'

/**
 * Reader-facing reads. Every query passes `overrideAccess: false` (the Local API's default is to
 * bypass access control), so the public site sees exactly what anonymous REST sees: no drafts.
 * Documents are read with `locale: 'all'` so one query gives the text, the translation state
 * and the URL in every locale (see `@/lib/pickLocale`).
 */
export const listGuides = cache(
  cached(
    'guides-list',
    () => [TAGS.list(guidesSlug)],
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: guidesSlug,
        locale: 'all',
        overrideAccess: false,
        depth: 0,
        limit: 200,
        sort: 'createdAt',
        select: { title: true, slug: true, summary: true, topic: true, updatedAt: true },
      })
      return docs
    },
  ),
)

const guidePopulate = {
  carriers: { name: true, slug: true },
  channels: { name: true, slug: true, summary: true, verification: true },
  faqs: { question: true, slug: true },
} as const

/**
 * The guide whose slug, in any locale, is `slug`. A slug the guide had in an earlier published
 * version still finds it, flagged `redirect`, so an old URL keeps working. The page redirects to
 * the guide's own slug in the reader's locale.
 */
export const getGuideBySlug = cache(
  cached(
    'guide-by-slug',
    (slug: string) => [TAGS.slug(guidesSlug, slug)],
    async (slug: string): Promise<{ guide: Guide; redirect: boolean } | null> => {
      const payload = await getPayloadClient()
      const read = (where: Where) =>
        payload.find({
          collection: guidesSlug,
          locale: 'all',
          overrideAccess: false,
          where,
          depth: 1,
          limit: 1,
          pagination: false,
          populate: guidePopulate,
        })
      const { docs } = await read({ slug: { equals: slug } })
      if (docs[0]) return { guide: docs[0], redirect: false }

      // Version history is staff-only; only published versions' slugs are looked at, and only
      // the id of the guide is taken from them.
      const { docs: versions } = await payload.findVersions({
        collection: guidesSlug,
        locale: 'all',
        where: {
          and: [
            { 'version.slug': { equals: slug } },
            { 'version._status': { equals: 'published' } },
          ],
        },
        limit: 1,
        pagination: false,
        depth: 0,
        sort: '-updatedAt',
        select: { parent: true },
      } as Parameters<typeof payload.findVersions>[0])
      const parent = versions[0]?.parent as number | { id: number } | undefined
      if (!parent) return null
      const { docs: current } = await read({
        id: { equals: typeof parent === 'object' ? parent.id : parent },
      })
      return current[0] ? { guide: current[0], redirect: true } : null
    },
  ),
)
