import type { SanitizedConfig } from 'payload'

import { errorResponse } from './errorResponse'

type RestContext = { params: Promise<{ slug: string[] }> }
type RestHandler = (request: Request, context: RestContext) => Promise<Response>

/**
 * Payload routes `/api/{collection}/versions` and `/versions/{id}` for every collection, and on
 * one without versions (carriers, channels, media…) the operation fails on the missing versions
 * table as a 500. Such a collection has no versions to find or restore: a 404 saying so.
 */
export function refuseUnversionedVersions(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: RestHandler,
): RestHandler {
  return async (request, context) => {
    const [slug, segment] = (await context.params).slug
    if (segment === 'versions') {
      const collection = (await config).collections.find((each) => each.slug === slug)
      if (collection && !collection.versions) {
        return errorResponse(`"${slug}" keeps no versions.`, 404)
      }
    }
    return handler(request, context)
  }
}
