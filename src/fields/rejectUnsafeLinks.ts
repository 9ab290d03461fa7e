import { type FieldHook, ValidationError } from 'payload'

import { isAllowedLink } from '@/lib/allowedLinkUrl'

type LexicalNode = { type?: unknown; fields?: { linkType?: unknown; url?: unknown; doc?: unknown } }

/** The first link or autolink in a Lexical value (nested nodes included) whose URL is refused. */
function unsafeLinkUrl(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined
  const { type, fields } = node as LexicalNode
  if ((type === 'link' || type === 'autolink') && !isAllowedLink(type, fields)) {
    return String(fields?.url ?? '')
  }
  for (const value of Object.values(node)) {
    const found = Array.isArray(value)
      ? value.map(unsafeLinkUrl).find((url) => url !== undefined)
      : typeof value === 'object'
        ? unsafeLinkUrl(value)
        : undefined
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * Refuses rich text with a link a reader should never follow (`data:text/html,…`,
 * `javascript:`, `//evil.host`; the rule is `isAllowedLinkUrl`) with a 400 naming the field.
 * A `beforeValidate` hook rather than a `validate` function: Payload skips validation when a
 * draft is saved, and a translator's draft is published as it was saved.
 */
export const rejectUnsafeLinks: FieldHook = ({ value, path, collection, req }) => {
  const url = unsafeLinkUrl(value)
  if (url === undefined) return value
  const shown = url.length > 60 ? `${url.slice(0, 60)}…` : url
  throw new ValidationError(
    {
      collection: collection?.slug,
      errors: [
        {
          path: path.join('.'),
          message: `Links may go to http(s), mailto: or tel: addresses, or to a path on this site; not ${JSON.stringify(shown)}.`,
        },
      ],
      req,
    },
    req.t,
  )
}
