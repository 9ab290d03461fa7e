import type { Endpoint, PayloadRequest } from 'payload'

import { isEditor } from '@/access/isEditor'
import { publicCollections, type PublicCollection } from '@/content/publicCollections'
import { isLocaleMap } from '@/content/localizedValues'

import { readPublishedAndNewest } from './publishedAndNewest'

/**
 * An abandoned new document: Payload's "Create New" on a collection with autosave creates a
 * draft the moment the form opens (`renderDocument` in @payloadcms/next, unless drafts are
 * validated, which would stop translators' partial drafts from saving), so an editor who walks
 * away left a "<No Title>" row behind. Such a document is one readers never had (no published
 * version) with no title in any locale: it can never have been published, as the title is
 * required, and nobody can find it but by its id.
 */
export async function isAbandoned(
  req: PayloadRequest,
  collection: PublicCollection,
  id: number | string,
): Promise<boolean | null> {
  const { published, newest } = await readPublishedAndNewest(req, collection, id, 'all')
  if (!published) return null
  if (published._status === 'published') return false
  const { titleField } = publicCollections[collection]
  for (const doc of [published, newest]) {
    const title = doc?.[titleField]
    const values = isLocaleMap(title) ? Object.values(title) : [title]
    if (values.some((value) => typeof value === 'string' && value.trim())) return false
  }
  const { totalDocs } = await req.payload.countVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs === 0
}

const json = (status: number, body: unknown) => Response.json(body, { status })
const error = (status: number, message: string) => json(status, { errors: [{ message }] })

/**
 * `POST /api/{collection}/:id/discard-if-abandoned`: the edit view sends it when the editor
 * leaves a new document (another page, the tab closed) whose title is still empty; the document
 * is deleted if it is abandoned (`isAbandoned`), as the user, so only those who may delete it
 * (editors) can. Anything else is left alone: `{ discarded: false }`.
 */
export const discardAbandonedEndpoint = (collection: PublicCollection): Endpoint => ({
  path: '/:id/discard-if-abandoned',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return error(401, 'You are not allowed to perform this action.')
    if (!isEditor({ req })) return error(403, 'Only editors may delete documents.')
    const id = String(req.routeParams?.id ?? '')
    if (!/^[1-9]\d{0,15}$/.test(id)) return error(400, `"${id}" is not a document id.`)
    const abandoned = await isAbandoned(req, collection, Number(id))
    if (abandoned === null) return error(404, 'Not Found')
    if (!abandoned) return json(200, { id: Number(id), discarded: false })
    await req.payload.delete({
      collection,
      id: Number(id),
      overrideAccess: false,
      user: req.user,
      req,
    })
    return json(200, { id: Number(id), discarded: true })
  },
})
