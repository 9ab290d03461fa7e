/**
 * The glossary's REST endpoints (under /api/glossary, staff only):
 * - GET  /api/glossary/check?collection=&id=&locale=ru|en → {hints, problems}: the terminology
 *   check of a document's translation (translators: only their own locales);
 * - GET  /api/glossary/tbx → the whole glossary as TBX-Basic (a download);
 * - POST /api/glossary/tbx (body: the TBX file) → {created, updated}, editors only; a file
 *   with problems is a 400 listing them all, and nothing is written.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import { errorResponse } from '@/api/errorResponse'
import { isPublicCollection } from '@/content/publicCollections'

import { glossaryCheck } from './check'
import { isTargetLocale } from './locales'
import { exportTbx, importTbx, problemLines } from './tbxTransfer'
import { tbxContentType } from './tbx'

const maxTbxBytes = 2 * 1024 * 1024

const isStaffUser = (req: PayloadRequest) => checkRole(['admin', 'editor', 'translator'], req.user)
const isEditorUser = (req: PayloadRequest) => checkRole(['admin', 'editor'], req.user)

const notStaff = (req: PayloadRequest) =>
  req.user
    ? errorResponse('The glossary is for the SIM Atlas team.', 403)
    : errorResponse('Sign in to use the glossary.', 401)

const checkEndpoint: Endpoint = {
  path: '/check',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req)) return notStaff(req)
    const params = new URL(req.url ?? 'http://localhost/').searchParams
    const collection = params.get('collection')
    const locale = params.get('locale')
    const rawId = params.get('id') ?? ''
    const id = /^[1-9][0-9]{0,9}$/.test(rawId) ? Number(rawId) : NaN
    if (!isPublicCollection(collection))
      return errorResponse('collection must be guides, faqs, carriers or channels.', 400)
    if (!isTargetLocale(locale))
      return errorResponse('locale must be ru or en (zh is the source).', 400)
    if (!Number.isSafeInteger(id) || id > 2147483647)
      return errorResponse('id must be a document id (a positive whole number).', 400)
    if (
      checkRole(['translator'], req.user) &&
      !req.user?.editableLocales?.includes(locale as never)
    )
      return errorResponse(`You do not translate into ${locale}.`, 403)
    const exists = await req.payload.count({
      collection,
      where: { id: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (!exists.totalDocs) return errorResponse('Not Found', 404)
    return Response.json(await glossaryCheck(req.payload, { collection, id, locale, req }))
  },
}

const exportEndpoint: Endpoint = {
  path: '/tbx',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req)) return notStaff(req)
    return new Response(await exportTbx(req.payload, req), {
      headers: {
        'content-type': tbxContentType,
        'content-disposition': 'attachment; filename="simatlas-glossary.tbx"',
        'cache-control': 'no-store',
      },
    })
  },
}

const importEndpoint: Endpoint = {
  path: '/tbx',
  method: 'post',
  handler: async (req) => {
    if (!isEditorUser(req))
      return req.user
        ? errorResponse('Only editors import the glossary.', 403)
        : errorResponse('Sign in to use the glossary.', 401)
    const declared = Number(req.headers.get('content-length') ?? 0)
    if (declared > maxTbxBytes) return errorResponse('The TBX file is larger than 2 MB.', 413)
    const xml = typeof req.text === 'function' ? await req.text() : ''
    if (Buffer.byteLength(xml) > maxTbxBytes)
      return errorResponse('The TBX file is larger than 2 MB.', 413)
    if (!xml.trim()) return errorResponse('Send the TBX file as the request body.', 400)
    const result = await importTbx(req.payload, xml)
    if (!result.ok)
      return Response.json(
        {
          errors: [
            {
              message: `The TBX file was refused (nothing imported): ${problemLines(result.problems).join('; ')}`,
            },
          ],
          problems: result.problems,
        },
        { status: 400 },
      )
    return Response.json({ created: result.created, updated: result.updated })
  },
}

export const glossaryEndpoints: Endpoint[] = [checkEndpoint, exportEndpoint, importEndpoint]
