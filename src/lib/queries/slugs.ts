import { cache } from 'react'

import { hasDrafts } from '@/content/derivedFromConfig'
import type { PublicCollection } from '@/content/publicCollections'
import { TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

import { cached } from './cached'
import { readAs } from './readView'

export type SlugMatch = { id: number; redirect: boolean }

/**
 * Which published document a slug (in any locale) leads to. Cached apart from the document's
 * content, under the slug's tag, so an edit that keeps the slug does not redo the lookup.
 * A guide's slug from an earlier published version still finds it, flagged `redirect`, so an
 * old URL keeps working.
 *
 * In a staff member's preview the newest drafts are searched instead, so a document never
 * published has its page too, and a slug changed in a draft since (the live preview stays on
 * the URL it opened) leads on to the draft's slug.
 */
export const resolveSlug = cache(
  cached(
    'slug',
    (collection: PublicCollection, slug: string) => [TAGS.slug(collection, slug)],
    async (view, collection: PublicCollection, slug: string): Promise<SlugMatch | null> => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection,
        locale: 'all',
        ...readAs(view),
        where: { slug: { equals: slug } },
        depth: 0,
        limit: 1,
        pagination: false,
        select: { slug: true },
      })
      if (docs[0]) return { id: docs[0].id, redirect: false }
      // Only a collection with versions keeps earlier slugs (guides, FAQs).
      if (!hasDrafts(payload, collection)) return null

      // Version history is staff-only: only published versions' slugs are looked at (in a
      // preview, drafts' too), and only the id of the document is taken from them; it is then
      // read as the viewer.
      const { docs: versions } = await payload.findVersions({
        collection,
        locale: 'all',
        where: {
          and: [
            { 'version.slug': { equals: slug } },
            ...(view.draft ? [] : [{ 'version._status': { equals: 'published' } }]),
          ],
        },
        limit: 1,
        depth: 0,
        sort: '-updatedAt',
        select: { parent: true },
      } as Parameters<typeof payload.findVersions>[0])
      const parent = versions[0]?.parent as number | { id: number } | undefined
      if (!parent) return null
      return { id: typeof parent === 'object' ? parent.id : parent, redirect: true }
    },
  ),
)
