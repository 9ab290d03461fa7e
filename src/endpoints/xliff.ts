import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '@/access/isStaff'
import { errorResponse } from '@/api/errorResponse'
import type { User } from '@/payload-types'
import {
  commandLineKeyHeader,
  fromThisMachine,
  isCommandLineKey,
} from '@/translation/xliff/commandLineKey'
import { exportXliff } from '@/translation/xliff/exportXliff'
import { parseExportParams } from '@/translation/xliff/exportParams'
import { importXliff } from '@/translation/xliff/importXliff'
import { formatProblem } from '@/translation/xliff/xliffFile'

/** The largest XLIFF file an import takes (the whole site in one language is about 400 KB). */
export const maxXliffBytes = 10 * 1024 * 1024

const staffOnly = () => errorResponse('Only signed-in staff export and import translations.', 403)

/**
 * GET /api/xliff/export?locale=ru&version=1.2|2.0[&collection=guides[&id=N]][&only=missing,outdated]
 * → the XLIFF file (download). Staff only; any staff member exports any target locale (reading
 * every locale is theirs already), importing is limited to their own.
 */
export const xliffExportEndpoint: Endpoint = {
  path: '/xliff/export',
  method: 'get',
  handler: async (req) => {
    if (!isStaff({ req })) return staffOnly()
    const query = new URL(req.url ?? 'http://localhost/').searchParams
    const { options, problems } = parseExportParams({
      locale: query.get('locale'),
      version: query.get('version'),
      collection: query.get('collection'),
      id: query.get('id'),
      only: query.get('only'),
    })
    if (!options) {
      return Response.json({ errors: problems.map((message) => ({ message })) }, { status: 400 })
    }
    const { xml } = await exportXliff(req.payload, options)
    const name = [
      'simatlas',
      options.locale,
      options.collection,
      options.id,
      options.only?.join('-'),
    ]
      .filter(Boolean)
      .join('-')
    return new Response(xml, {
      headers: {
        'Content-Type': 'application/xliff+xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}.xlf"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

/**
 * Whose import it is: the signed-in staff member, or — for `npm run xliff -- import` on the
 * server's machine (loopback only), which sends the key derived from the Payload secret — the account named by
 * `X-SimAtlas-As` (its access rules apply) or the operator (no account, every rule but access).
 */
async function importer(req: PayloadRequest): Promise<{ user: User | null } | Response> {
  if (
    isCommandLineKey(req.headers.get(commandLineKeyHeader), req.payload.config.secret) &&
    fromThisMachine(req.headers.get('x-forwarded-for'))
  ) {
    const email = req.headers.get('x-simatlas-as')
    if (!email) return { user: null }
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (!docs[0]) return errorResponse(`No account has the email ${email}.`, 400)
    return { user: { ...docs[0], collection: 'users' } as User }
  }
  if (!isStaff({ req })) return staffOnly()
  return { user: req.user as User }
}

/**
 * POST /api/xliff/import, the XLIFF file as the body → 200 `{ written, warnings, unchangedUnits }`,
 * or 400 `{ errors: [{ message }] }` listing every problem (unit id first) with nothing written.
 */
export const xliffImportEndpoint: Endpoint = {
  path: '/xliff/import',
  method: 'post',
  handler: async (req) => {
    const who = await importer(req)
    if (who instanceof Response) return who
    const length = Number(req.headers.get('content-length') ?? 0)
    if (length > maxXliffBytes) {
      return errorResponse(`The file is larger than ${maxXliffBytes / 1024 / 1024} MB.`, 413)
    }
    const xml = (await req.text?.()) ?? ''
    if (Buffer.byteLength(xml) > maxXliffBytes) {
      return errorResponse(`The file is larger than ${maxXliffBytes / 1024 / 1024} MB.`, 413)
    }
    if (!xml.trim()) return errorResponse('Send the XLIFF file as the request body.', 400)
    const report = await importXliff(req.payload, xml, who)
    if (!report.ok) {
      return Response.json(
        {
          errors: report.problems.map((problem) => ({ message: formatProblem(problem) })),
          problems: report.problems,
        },
        { status: 400 },
      )
    }
    return Response.json({
      locale: report.locale,
      written: report.written,
      warnings: report.warnings.map(formatProblem),
      unchangedUnits: report.unchangedUnits,
    })
  },
}
