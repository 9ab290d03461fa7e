import type { SelectFieldManyValidation } from 'payload'
import { select } from 'payload/shared'

/**
 * A user's editable locales: Payload's own select checks, plus at least one locale for a
 * translator, who could otherwise sign in and edit nothing. `siblingData` holds the saved
 * document merged with the change, so turning an editor into a translator is checked too.
 */
export const translatorNeedsALocale: SelectFieldManyValidation = (value, options) => {
  const role = (options.siblingData as { role?: unknown } | undefined)?.role
  if (role === 'translator' && (!Array.isArray(value) || value.length === 0)) {
    return 'A translator needs at least one locale to edit.'
  }
  return select(value, options)
}
