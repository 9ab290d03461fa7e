import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
  ValidationError,
  type ValidationFieldError,
} from 'payload'

import { collectionSlugs } from '@/content/constants'
import { hasDrafts } from '@/content/derivedFromConfig'
import { keepingRequestLocale } from '@/translation/readUnits'

import { parsePagePath } from '../pagePaths'
import { redirectsLeadingTo, targetPath, type RedirectData } from '../redirectTarget'
import { normaliseFrom, normaliseSiteUrl } from '../sitePath'

function refuse(req: PayloadRequest, errors: ValidationFieldError[]): never {
  throw new ValidationError({ collection: collectionSlugs.redirects, errors, req }, req.t)
}

/**
 * Puts From and a custom To in their one form (src/redirects/sitePath.ts) before Payload
 * validates them, refusing with a 400 what is not a site path: `//evil.host`, `/\evil.host`,
 * `javascript:`, `data:`, `https://evil.host`. Runs for the Local API too.
 */
export const normaliseRedirect: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data) return data
  const errors: ValidationFieldError[] = []
  // GraphQL hands unset fields over as undefined: only a From that is sent is checked.
  if (data.from !== undefined || !originalDoc) {
    const from = normaliseFrom(data.from)
    if (from.ok) data.from = from.path
    else errors.push({ path: 'from', message: from.message })
  }
  const to = { ...(originalDoc?.to ?? {}), ...(data.to ?? {}) } as NonNullable<RedirectData['to']>
  if (data.to && (to.type ?? 'reference') === 'custom') {
    const url = normaliseSiteUrl(to.url)
    if (url.ok) data.to = { ...data.to, url: url.path }
    else errors.push({ path: 'to.url', message: url.message })
  }
  if (errors.length) refuse(req, errors)
  return data
}

/**
 * Refuses a redirect that would loop (it leads to its own From) or chain (it leads to another
 * redirect's From, or its From is where another redirect leads): a reader would go round, or
 * through two hops. The automatic redirects of a slug change rearrange the others first
 * (src/redirects/redirectOldSlugs.ts), so they pass this check too.
 */
export const refuseLoopsAndChains: CollectionBeforeChangeHook = ({ data, originalDoc, req }) =>
  keepingRequestLocale(req, () => check(req, data, originalDoc))

/**
 * A published document answers at `path` (its slug in any locale, as the page finds it): the
 * site applies redirects only where it would answer 404.
 */
async function isLivePage(req: PayloadRequest, path: string) {
  const page = parsePagePath(path)
  if (!page) return false
  // The database adapter, in the save's transaction, as src/redirects/redirectOldSlugs.ts reads
  // what readers have: a document's main row is its published state, a draft's slug no page.
  const { docs } = await req.payload.db.find({
    collection: page.collection,
    req,
    locale: 'all',
    where: { slug: { equals: page.slug } },
    limit: 1,
    pagination: false,
    select: { _status: true },
  })
  const row = docs[0] as { _status?: unknown } | undefined
  if (!row) return false
  return !hasDrafts(req.payload, page.collection) || row._status === 'published'
}

async function check(
  req: PayloadRequest,
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
) {
  const redirect = { ...(originalDoc ?? {}), ...data } as RedirectData
  const from = redirect.from
  if (!from) return data
  const id = originalDoc?.id as number | string | undefined
  const toField = redirect.to?.type === 'custom' ? 'to.url' : 'to.reference'
  if (toField === 'to.reference' && !redirect.to?.reference) {
    refuse(req, [{ path: toField, message: 'Choose the page this redirect leads to.' }])
  }
  const target = await targetPath(req, redirect)
  if (toField === 'to.reference' && !target) {
    refuse(req, [
      {
        path: toField,
        message:
          'The page this redirect leads to does not exist: choose a guide, carrier or channel.',
      },
    ])
  }
  if (target === from) {
    refuse(req, [{ path: toField, message: `This redirect leads back to ${from}, a loop.` }])
  }
  if (target) {
    const { docs } = await req.payload.find({
      collection: collectionSlugs.redirects,
      where: {
        and: [
          { from: { equals: target } },
          ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
        ],
      },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (docs[0]) {
      refuse(req, [
        {
          path: toField,
          message: `${target} is itself redirected (by the redirect from ${docs[0].from}): lead to where that one goes instead, or change it.`,
        },
      ])
    }
  }
  const leading = await redirectsLeadingTo(req, from, id)
  if (leading[0]) {
    refuse(req, [
      {
        path: 'from',
        message: `The redirect from ${leading[0].from} leads to ${from}: redirecting ${from} too would make a chain. Change that redirect to lead where this one goes.`,
      },
    ])
  }
  if (data.from !== undefined && (await isLivePage(req, from))) {
    refuse(req, [
      {
        path: 'from',
        message: `${from} is a published page: the site shows it, so a redirect from it would never be used.`,
      },
    ])
  }
  return data
}
