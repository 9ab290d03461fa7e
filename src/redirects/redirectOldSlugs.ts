import {
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { collectionSlugs } from '@/content/constants'
import { hasDrafts } from '@/content/derivedFromConfig'
import { hasOwnPage } from '@/content/ownPages'
import type { PublicCollection } from '@/content/publicCollections'
import { savedOnlyADraft } from '@/hooks/savedOnlyADraft'
import { locales, type Locale } from '@/i18n/locales'
import { keepingRequestLocale } from '@/translation/readUnits'

import { pagePath } from './pagePaths'
import { redirectsLeadingTo, type RedirectData } from './redirectTarget'

/** A document's public addresses, by locale: what its main row (what readers have) says. */
type Addresses = Partial<Record<Locale, string>>

const key = (collection: string, id: number | string) => `publicAddresses:${collection}:${id}`

/**
 * The page of a public document in each locale, as readers have it now (its main row's slug),
 * or nothing when it is not public.
 */
async function publicAddresses(
  req: PayloadRequest,
  collection: PublicCollection,
  id: number | string,
): Promise<Addresses> {
  // The database adapter itself, as `readPublicState` does: a Local API read here would run the
  // collection's read hooks inside the save and change the request it shares.
  const row = (await req.payload.db.findOne({
    collection,
    req,
    locale: 'all',
    where: { id: { equals: id } },
    select: { slug: true, _status: true },
  })) as { slug?: unknown; _status?: unknown } | null
  if (!row) return {}
  if (hasDrafts(req.payload, collection) && row._status !== 'published') return {}
  const slugs = row.slug
  // A localized slug counts in the locales that have their own: a page shown under the zh slug
  // until it is translated is not an address that moved when it gets its own.
  const slugIn = (locale: Locale) => {
    const value =
      typeof slugs === 'object' && slugs !== null
        ? (slugs as Record<string, unknown>)[locale]
        : slugs
    return typeof value === 'string' && value ? value : undefined
  }
  return Object.fromEntries(
    locales.flatMap((locale) => {
      const slug = slugIn(locale)
      return slug ? [[locale, pagePath(collection, locale, slug)]] : []
    }),
  )
}

/** The redirect (as stored, depth 0) leads to this document: one the slug changes made. */
function leadsToDocument(redirect: RedirectData, collection: string, id: number | string) {
  const reference = redirect.to?.type === 'reference' ? redirect.to.reference : null
  if (!reference || reference.relationTo !== collection) return false
  const value = typeof reference.value === 'object' ? reference.value.id : reference.value
  return String(value) === String(id)
}

/**
 * After a published address changed from `oldPath` to `newPath`: the old address leads to the
 * document (a reference, so it follows later changes), with no chain and no loop. A redirect
 * from the new address to this document goes (it would loop), redirects naming the old address
 * as a path are pointed at the document instead, then the old address gets its redirect.
 *
 * Only redirects that already lead to this document are removed or replaced: a publish may be a
 * translator's, who may not write redirects. A redirect from the new address that leads
 * elsewhere refuses the publish (400 on the slug); one already at the old address keeps leading
 * where the editor chose.
 */
async function moveAddress(
  req: PayloadRequest,
  collection: PublicCollection,
  id: number | string,
  locale: Locale,
  oldPath: string,
  newPath: string,
) {
  const redirects = collectionSlugs.redirects
  const toDocument = {
    type: 'reference' as const,
    // Only collections with a page of their own get here, the ones a redirect can reference.
    reference: { relationTo: collection as Exclude<PublicCollection, 'faqs'>, value: Number(id) },
    locale,
    url: null,
  }
  const from = async (path: string) =>
    (
      await req.payload.find({
        collection: redirects,
        where: { from: { equals: path } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs[0] as (RedirectData & { id: number | string }) | undefined
  const atNewPath = await from(newPath)
  if (atNewPath && !leadsToDocument(atNewPath, collection, id)) {
    // Refused, the publish rolled back with it: the slug would take an address an editor
    // redirects elsewhere (and a translator, who may publish, may not change redirects).
    throw new ValidationError(
      {
        collection,
        errors: [
          {
            path: 'slug',
            message: `${newPath} is redirected elsewhere (a redirect from it exists): choose another slug, or have an editor remove that redirect first.`,
          },
        ],
        req,
      },
      req.t,
    )
  }
  if (atNewPath) {
    await req.payload.delete({ collection: redirects, id: atNewPath.id, overrideAccess: true, req })
  }
  for (const leading of await redirectsLeadingTo(req, oldPath)) {
    await req.payload.update({
      collection: redirects,
      id: leading.id,
      data: { to: toDocument },
      overrideAccess: true,
      req,
    })
  }
  const atOldPath = await from(oldPath)
  const data = { from: oldPath, to: toDocument, type: '308' as const }
  if (!atOldPath) {
    await req.payload.create({ collection: redirects, data, overrideAccess: true, req })
  } else if (leadsToDocument(atOldPath, collection, id)) {
    await req.payload.update({
      collection: redirects,
      id: atOldPath.id,
      data,
      overrideAccess: true,
      req,
    })
  }
}

/**
 * An automatic redirect when a published slug changes, in the publish's transaction: per
 * locale for a localized slug (guides), in every locale for a shared one (carriers, channels).
 * Compares what readers had before the save with what they have after it, so a draft save
 * changes nothing and a publish of one locale moves that locale's address only. Collections
 * without a page of their own (FAQs, anchors on the FAQ page) have none: a fragment never
 * reaches the server.
 */
export function redirectOldSlugs(collection: PublicCollection) {
  const beforeChange: CollectionBeforeChangeHook = async ({
    data,
    operation,
    originalDoc,
    req,
  }) => {
    if (operation !== 'update' || !originalDoc || !hasOwnPage(collection)) return data
    if (savedOnlyADraft(req, data)) return data
    req.context[key(collection, originalDoc.id)] = await publicAddresses(
      req,
      collection,
      originalDoc.id,
    )
    return data
  }
  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    const before = req.context[key(collection, doc.id)] as Addresses | undefined
    if (!before) return doc
    delete req.context[key(collection, doc.id)]
    // Local API calls with `req` set its locale to theirs: the save's own is given back.
    await keepingRequestLocale(req, async () => {
      const after = await publicAddresses(req, collection, doc.id)
      for (const locale of locales) {
        const oldPath = before[locale]
        const newPath = after[locale]
        if (oldPath && newPath && oldPath !== newPath) {
          await moveAddress(req, collection, doc.id, locale, oldPath, newPath)
        }
      }
    })
    return doc
  }
  return { beforeChange, afterChange }
}
