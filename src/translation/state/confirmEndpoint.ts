import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { editsLocale } from '@/access/editsLocale'
import { documentId } from '@/api/documentIds'
import { errorResponse } from '@/api/errorResponse'
import { isPublicCollection, publicCollectionSlugs } from '@/content/publicCollections'
import { inLockedTransaction } from '@/db/lockedTransaction'

import { findRows, readDocumentUnits, storedUnits, writeRow } from './statusRows'
import { confirmUnits } from './transitions'
import { isTargetLocale, targetLocales, type TargetLocale } from './types'

const example = JSON.stringify({ collection: 'guides', id: 1, locale: 'ru', keys: ['body#2'] })

/** Who may confirm a translation: editors and admins, translators in their own locales. */
const mayConfirm = (req: PayloadRequest, locale: TargetLocale) => editsLocale(req.user, locale)

/**
 * POST /api/translation-status/confirm {collection, id, locale, keys?}: the translator says the
 * translation is still correct after a zh change, so the listed outdated units (all of them
 * without `keys`) become current against today's zh text. Answers the row's new state.
 */
export const confirmTranslationEndpoint: Endpoint = {
  path: '/confirm',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return errorResponse('Sign in to confirm a translation.', 401)
    try {
      await addDataAndFileToRequest(req)
    } catch {
      return errorResponse(`Send JSON: ${example}.`, 400)
    }
    const { collection, id, locale, keys } = (req.data ?? {}) as Record<string, unknown>
    if (!isPublicCollection(collection)) {
      return errorResponse(`collection must be one of ${publicCollectionSlugs.join(', ')}.`, 400)
    }
    const docId = documentId(id)
    if (docId === undefined) return errorResponse('id must be a document id.', 400)
    if (!isTargetLocale(locale)) {
      return errorResponse(`locale must be one of ${targetLocales.join(', ')}.`, 400)
    }
    if (keys !== undefined && !(Array.isArray(keys) && keys.every((k) => typeof k === 'string'))) {
      return errorResponse('keys must be a list of unit keys.', 400)
    }
    if (!mayConfirm(req, locale)) {
      return errorResponse(`You may not confirm translations into "${locale}".`, 403)
    }
    const row = await inLockedTransaction(
      req,
      [`translation-status:${collection}:${docId}`],
      async () => {
        const rows = await findRows(req.payload, collection, docId, req)
        const existing = rows[locale]
        const read = await readDocumentUnits(req.payload, collection, docId, req)
        const units = storedUnits(existing)
        if (!read || !existing || !units) return undefined
        return writeRow(
          req.payload,
          existing,
          {
            collection,
            id: docId,
            locale,
            title: read.title,
            units: confirmUnits(units, keys as string[] | undefined),
            translated: read.translated[locale],
            translatedBy: Number(req.user?.id),
            now: new Date().toISOString(),
          },
          req,
        )
      },
    )
    if (!row) return errorResponse('No translation state for that document.', 404)
    return Response.json({
      state: row.state,
      outdatedUnits: row.outdatedUnits,
      missingUnits: row.missingUnits,
    })
  },
}
