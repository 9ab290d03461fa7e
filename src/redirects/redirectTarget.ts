import type { PayloadRequest } from 'payload'

import { hasOwnPage } from '@/content/ownPages'
import { collectionSlugs } from '@/content/constants'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

import { pagePath, parsePagePath } from './pagePaths'
import { comparablePath, localeOfPath } from './sitePath'

/** A redirect as stored (or as about to be): From, and To a document or a site path. */
export type RedirectData = {
  id?: number | string
  from?: string | null
  to?: {
    type?: 'reference' | 'custom' | null
    reference?: { relationTo: string; value: number | string | { id: number | string } } | null
    locale?: string | null
    url?: string | null
  } | null
  type?: string | null
}

const idOf = (value: number | string | { id: number | string }) =>
  typeof value === 'object' ? value.id : value

/** The locale a reference leads to: the one chosen, else the From's, else the source's. */
export function targetLocale(redirect: RedirectData): Locale {
  const chosen = redirect.to?.locale
  if (isLocale(chosen)) return chosen
  return localeOfPath(redirect.from ?? '') ?? defaultLocale
}

/**
 * Where a redirect leads, as a comparable path (no query or fragment), read as the server in
 * the request's transaction: a custom URL's path, or the referenced document's page under its
 * current slug in the target locale. Null when the document is gone.
 */
export async function targetPath(req: PayloadRequest, redirect: RedirectData) {
  const to = redirect.to
  if (to?.type === 'custom') return to.url ? comparablePath(to.url) : null
  const reference = to?.reference
  if (!reference || !hasOwnPage(reference.relationTo)) return null
  const locale = targetLocale(redirect)
  const doc = await req.payload.findByID({
    collection: reference.relationTo,
    id: idOf(reference.value),
    locale,
    depth: 0,
    select: { slug: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const slug = (doc as { slug?: unknown } | null)?.slug
  return typeof slug === 'string' && slug ? pagePath(reference.relationTo, locale, slug) : null
}

/**
 * The other redirects that lead to `path`: custom ones naming it, and references to the
 * document whose page it is in that locale.
 */
export async function redirectsLeadingTo(
  req: PayloadRequest,
  path: string,
  exceptId?: number | string,
): Promise<{ id: number | string; from: string }[]> {
  const notSelf = exceptId === undefined ? [] : [{ id: { not_equals: exceptId } }]
  const found: { id: number | string; from: string }[] = []
  const custom = await req.payload.find({
    collection: collectionSlugs.redirects,
    where: {
      and: [...notSelf, { 'to.type': { equals: 'custom' } }, { 'to.url': { contains: path } }],
    },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const doc of custom.docs) {
    if (doc.to?.url && comparablePath(doc.to.url) === path) found.push(doc)
  }
  const page = parsePagePath(path)
  if (!page) return found
  const { docs: pages } = await req.payload.find({
    collection: page.collection,
    locale: page.locale,
    where: { slug: { equals: page.slug } },
    depth: 0,
    limit: 10,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  if (pages.length === 0) return found
  const references = await req.payload.find({
    collection: collectionSlugs.redirects,
    where: {
      and: [
        ...notSelf,
        { 'to.type': { equals: 'reference' } },
        // Ids only: the collection is compared below (a polymorphic relation's `relationTo` is
        // not a path src/api/whereProblem.ts lets through).
        { 'to.reference.value': { in: pages.map((p) => p.id) } },
      ],
    },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const doc of references.docs) {
    const sameCollection = doc.to?.reference?.relationTo === page.collection
    if (sameCollection && targetLocale(doc as RedirectData) === page.locale) found.push(doc)
  }
  return found
}
