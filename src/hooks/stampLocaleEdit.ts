import type { CollectionBeforeChangeHook } from 'payload'

import { isLocale } from '@/i18n/locales'
import { localeContent, sameLocaleContent } from '@/publishing/localeContent'
import { localeEditFieldName } from '@/publishing/localeEditField'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The document as this save leaves it: what was sent over what was there (groups merged). */
function sentOver(stored: unknown, sent: unknown): unknown {
  if (!isObject(stored) || !isObject(sent)) return sent === undefined ? stored : sent
  const merged: Record<string, unknown> = { ...stored }
  for (const [key, value] of Object.entries(sent)) merged[key] = sentOver(stored[key], value)
  return merged
}

/**
 * Records, in the save's locale, who changed that locale's text and when (`localeEdit`), on
 * drafts and publishes alike, so the publish controls can say per locale who has a change
 * pending. A save that leaves the locale's text as it was (the admin sends every field back)
 * keeps the earlier stamp. The value is the server's: field access has already dropped anything
 * a request sent for it, and it is set here, after that.
 */
export const stampLocaleEdit: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const locale = req.locale
  if (!isLocale(locale)) return data
  const fields = collection.flattenedFields
  const before = localeContent(fields, operation === 'update' ? originalDoc : {})
  const after = localeContent(fields, sentOver(operation === 'update' ? originalDoc : {}, data))
  if (sameLocaleContent(before, after)) {
    // Keep the stored stamp (what a request sent for it was dropped by field access).
    if (operation === 'update' && originalDoc) {
      return { ...data, [localeEditFieldName]: originalDoc[localeEditFieldName] ?? null }
    }
    return data
  }
  return {
    ...data,
    [localeEditFieldName]: { by: req.user?.id ?? null, at: new Date().toISOString() },
  }
}
