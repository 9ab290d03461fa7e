import type { CollectionSlug, PayloadRequest } from 'payload'

type Doc = Record<string, unknown>

/**
 * A drafted document as readers have it (its main row) and as it is being edited (the newest
 * version), read as the server with no fallback, in one locale or `all`. `published` is null when
 * the document does not exist; then so is `newest`. One after the other: both may run in the
 * request's transaction, on one connection.
 */
export async function readPublishedAndNewest(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  locale: string | undefined,
): Promise<{ published: Doc | null; newest: Doc | null }> {
  const read = (draft: boolean) =>
    req.payload.findByID({
      collection,
      id,
      depth: 0,
      draft,
      locale: locale as 'all',
      fallbackLocale: false,
      overrideAccess: true,
      disableErrors: true,
      req,
    }) as Promise<Doc | null>
  const published = await read(false)
  return { published, newest: published ? await read(true) : null }
}
