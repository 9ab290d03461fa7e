import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import type { PublicCollection } from '@/content/publicCollections'
import { inLockedTransaction } from '@/db/lockedTransaction'
import { defaultLocale } from '@/i18n/locales'
import { keepingRequestLocale } from '@/translation/readUnits'

import { minorEditField } from './minorEdit'
import { deleteRows, findRows, readDocumentUnits, storedUnits, writeRow } from './statusRows'
import { unitsAfterSave } from './transitions'
import { targetLocales } from './types'

/** Set in a request's context to leave the translation state as it is (tests, bulk tools). */
export const skipTranslationState = 'skipTranslationState'

/**
 * A zh save flagged as a minor edit (the `minorEdit` field sent with it) by an editor or admin,
 * or by the server itself (the Local API without a user).
 */
function isMinorEdit(req: PayloadRequest, data: Record<string, unknown> | undefined) {
  const flagged = data?.[minorEditField] === true || data?.[minorEditField] === 'true'
  const mayFlag = !req.user || checkRole(['admin', 'editor'], req.user)
  return flagged && req.locale === defaultLocale && mayFlag
}

/**
 * Recomputes a document's translation-status rows after a save in any locale (drafts and
 * autosaves too: the state follows the newest version), inside the save's transaction.
 */
export async function recordTranslationState(
  req: PayloadRequest,
  collection: PublicCollection,
  id: number,
  { minorEdit = false }: { minorEdit?: boolean } = {},
) {
  // One document's rows are read, changed and written by one save at a time (an autosave and a
  // translator's save may overlap): a lock per document, held until the save commits.
  const savedLocale = req.locale
  await keepingRequestLocale(req, () =>
    inLockedTransaction(req, [`translation-status:${collection}:${id}`], () =>
      recordUnlocked(req, collection, id, savedLocale, minorEdit),
    ),
  )
}

async function recordUnlocked(
  req: PayloadRequest,
  collection: PublicCollection,
  id: number,
  savedLocale: string | undefined,
  minorEdit: boolean,
) {
  const { payload } = req
  const read = await readDocumentUnits(payload, collection, id, req)
  if (!read) return
  const rows = await findRows(payload, collection, id, req)
  const now = new Date().toISOString()
  for (const locale of targetLocales) {
    const row = rows[locale]
    const targetSaved = savedLocale === locale || savedLocale === 'all'
    const previous = storedUnits(row)
    const units = unitsAfterSave({
      previous,
      source: read.units[defaultLocale],
      target: read.units[locale],
      targetSaved,
      minorEdit,
      now,
    })
    // A save of this locale that made a unit current is a translation by this user.
    const before = new Map(previous?.map((u) => [u.key, u.targetHash]))
    const translatedNow =
      targetSaved && units.some((u) => u.state === 'current' && u.targetHash !== before.get(u.key))
    await writeRow(
      payload,
      row,
      {
        collection,
        id,
        locale,
        title: read.title,
        units,
        translated: read.translated[locale],
        ...(translatedNow ? { translatedBy: req.user ? Number(req.user.id) : null } : {}),
        now,
      },
      req,
    )
  }
}

/** The hooks that keep a public collection's translation state. */
export function translationStateHooks(collection: PublicCollection) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, data, req, context }) => {
    if (context[skipTranslationState]) return doc
    await recordTranslationState(req, collection, Number(doc.id), {
      minorEdit: isMinorEdit(req, data),
    })
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ id, req, context }) => {
    if (!context[skipTranslationState]) await deleteRows(req.payload, collection, id, req)
  }
  return { afterChange, afterDelete }
}
