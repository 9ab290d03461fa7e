import { cache } from 'react'

import { collectionSlugs } from '@/content/constants'
import { hasOwnPage } from '@/content/ownPages'
import { publicCollections, type PublicCollection } from '@/content/publicCollections'
import { isLocale, type Locale } from '@/i18n/locales'
import { TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import { targetLocale, type RedirectData } from '@/redirects/redirectTarget'

import { cached } from './cached'
import { readAs } from './readView'

/** Where a redirect sends a reader: a Location and whether it is permanent (308) or not (307). */
export type RedirectHit = { location: string; permanent: boolean }

/**
 * The redirect whose From is `path` (a comparable path, src/redirects/sitePath.ts), as stored.
 * Read as the server: the list of redirects is staff-only, but every reader is redirected.
 * Misses are cached too, under the same tag, so a new redirect replaces the 404.
 */
const redirectFrom = cache(
  cached(
    'redirect',
    (_path: string) => [TAGS.redirects()],
    // The same redirects in a preview: they are not drafted.
    async (_view, path: string): Promise<RedirectData | null> => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: collectionSlugs.redirects,
        where: { from: { equals: path } },
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: true,
        select: { from: true, to: true, type: true },
      })
      return (docs[0] as RedirectData | undefined) ?? null
    },
  ),
)

/**
 * A document's public slug in a locale, read as the public (`readAs`; in a preview, as the
 * previewing staff member), so a redirect to a document that is not published leads nowhere rather than to a draft. Cached
 * under the document's tag: a new slug, an unpublish or a delete expires it.
 */
const publicSlug = cache(
  cached(
    'redirect-target',
    (collection: PublicCollection, id: number, _locale: string) => [TAGS.doc(collection, id)],
    async (
      view,
      collection: PublicCollection,
      id: number,
      locale: string,
    ): Promise<string | null> => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection,
        locale: locale as Locale,
        where: { id: { equals: id } },
        depth: 0,
        limit: 1,
        pagination: false,
        ...readAs(view),
        select: { slug: true },
      })
      const slug = (docs[0] as { slug?: unknown } | undefined)?.slug
      return typeof slug === 'string' && slug ? slug : null
    },
  ),
)

/** Where a reader asking for `path` is sent, or null (no redirect, or its page is not public). */
export async function findRedirect(path: string): Promise<RedirectHit | null> {
  const redirect = await redirectFrom(path)
  if (!redirect) return null
  const permanent = redirect.type !== '307'
  const to = redirect.to
  if (to?.type === 'custom') return to.url ? { location: to.url, permanent } : null
  const reference = to?.reference
  if (!reference || !hasOwnPage(reference.relationTo)) return null
  const id = Number(typeof reference.value === 'object' ? reference.value.id : reference.value)
  const locale = targetLocale(redirect)
  if (!isLocale(locale)) return null
  const slug = await publicSlug(reference.relationTo, id, locale)
  return slug
    ? { location: publicCollections[reference.relationTo].path(locale, slug), permanent }
    : null
}
