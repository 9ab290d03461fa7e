import type { Payload } from 'payload'

import { editsLocale } from '@/access/editsLocale'
import {
  isPublicCollection,
  publicCollections,
  type PublicCollection,
} from '@/content/publicCollections'
import { isLocale, locales, type Locale } from '@/i18n/locales'
import { localeValue } from '@/lib/pickLocale'
import type { User } from '@/payload-types'

export type PreviewQuery = { collection: PublicCollection; id: number; locale: Locale }

export type Refusal = { status: 400 | 403 | 404 | 409; message: string }

/** Nobody is signed in: the admin's sign-in first, then the preview again. */
export type SignInFirst = { signIn: true }

/** `?collection=&id=&locale=` of the preview route, or what is wrong with it. */
export function parsePreviewQuery(params: URLSearchParams): PreviewQuery | Refusal {
  const collection = params.get('collection')
  const id = params.get('id') ?? ''
  const locale = params.get('locale')
  if (!isPublicCollection(collection)) {
    return {
      status: 400,
      message: `collection must be one of ${Object.keys(publicCollections).join(', ')}`,
    }
  }
  if (!/^[1-9][0-9]{0,9}$/.test(id) || Number(id) > 2 ** 31 - 1) {
    return { status: 400, message: 'id must be a document id (a positive whole number)' }
  }
  if (!isLocale(locale))
    return { status: 400, message: `locale must be one of ${locales.join(', ')}` }
  return { collection, id: Number(id), locale }
}

/**
 * Whether `user` may preview the document in the locale (`editsLocale`) and where: its public
 * page under the slug the newest draft has in that locale (or the zh one it falls back to, as
 * the page does), the FAQ page at the question for a FAQ. Read as the user, so what they may
 * not read is not found. The route's whole decision, apart from setting draft mode.
 */
export async function previewTarget(
  payload: Payload,
  user: User | null,
  { collection, id, locale }: PreviewQuery,
): Promise<{ path: string } | Refusal | SignInFirst> {
  if (!user) return { signIn: true }
  if (!editsLocale(user, locale)) {
    return { status: 403, message: `You may not preview the ${locale} pages` }
  }
  const { docs } = await payload.find({
    collection,
    where: { id: { equals: id } },
    locale: 'all',
    draft: true,
    overrideAccess: false,
    user,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { slug: true },
  })
  if (!docs[0]) return { status: 404, message: `No ${collection} document ${id}` }
  const slug = localeValue<string | null | undefined>(docs[0].slug, locale)
  if (!slug) {
    return { status: 409, message: 'The document has no slug yet: save it with one to preview it' }
  }
  return { path: publicCollections[collection].path(locale, slug) }
}
