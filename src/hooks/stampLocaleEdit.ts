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
 * keeps the earlier stamp. The value is always the server's: what a request sent for it is
 * replaced here.
 */
export const stampLocaleEdit: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const locale = req.locale
  const { [localeEditFieldName]: _sent, ...sent } = data
  if (!isLocale(locale)) return sent
  const fields = collection.flattenedFields
  const before = localeContent(fields, operation === 'update' ? originalDoc : {})
  const after = localeContent(fields, sentOver(operation === 'update' ? originalDoc : {}, sent))
  if (sameLocaleContent(before, after)) {
    if (operation === 'update' && originalDoc) {
      return { ...sent, [localeEditFieldName]: originalDoc[localeEditFieldName] ?? null }
    }
    return sent
  }
  return {
    ...sent,
    [localeEditFieldName]: { by: req.user?.id ?? null, at: new Date().toISOString() },
  }
}
