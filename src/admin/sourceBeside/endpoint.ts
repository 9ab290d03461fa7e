import type { Endpoint } from 'payload'

import { isStaff } from '@/access/isStaff'
import { documentId } from '@/api/documentIds'
import { errorResponse } from '@/api/errorResponse'
import { isPublicCollection, publicCollectionSlugs } from '@/content/publicCollections'
import { defaultLocale, isLocale, locales } from '@/i18n/locales'

import { translationSourceOf } from './translationSource'

const targetLocales = locales.filter((locale) => locale !== defaultLocale)

const isNotFound = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { status?: number }).status === 404

/**
 * `GET /api/translation-source?collection=guides&id=1&locale=ru`: the zh source of one document
 * for the split view, with each unit's translation state in `locale`. Staff only; one call per
 * document, not per field.
 */
export const translationSourceEndpoint: Endpoint = {
  path: '/translation-source',
  method: 'get',
  handler: async (req) => {
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const collection = params.get('collection')
    const locale = params.get('locale')
    if (!isPublicCollection(collection)) {
      return errorResponse(`collection must be one of ${publicCollectionSlugs.join(', ')}.`, 400)
    }
    if (!isLocale(locale) || locale === defaultLocale) {
      return errorResponse(`locale must be one of ${targetLocales.join(', ')}.`, 400)
    }
    // Checked after the parameters: Payload resolves no user for a request naming an unknown
    // locale, which would otherwise read as "not signed in".
    if (!isStaff({ req }))
      return errorResponse('Sign in as staff to read translation sources.', 403)
    const id = documentId(params.get('id'))
    if (id === undefined) return errorResponse('No such document.', 404)
    try {
      return Response.json(await translationSourceOf(req, collection, id, locale))
    } catch (error) {
      if (isNotFound(error)) return errorResponse('No such document.', 404)
      throw error
    }
  },
}
