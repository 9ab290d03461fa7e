import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { documentId } from '@/api/documentIds'
import { errorResponse } from '@/api/errorResponse'
import { reserveAttempt } from '@/auth/attemptThrottle'
import { clientKey } from '@/auth/clientKey'
import { collectionSlugs } from '@/content/constants'
import { publicCollections } from '@/content/publicCollections'
import {
  isReportableCollection,
  reportableCollections,
  type ReportableCollection,
} from '@/content/reportableCollections'
import { isLocale, locales, type Locale } from '@/i18n/locales'

import { honeypotField, reportOutcomeAnchor, type ReportOutcome } from './formProtocol'
import { reportLimits } from './reportLimits'

/** Posted by the page's plain HTML form (answered with a 303 back to the page), not JSON. */
const isFormPost = (req: PayloadRequest) =>
  /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(
    req.headers.get('content-type') ?? '',
  )

/** The submitted fields as strings (a form's), or as sent (JSON); `undefined` if unreadable. */
async function readFields(req: PayloadRequest): Promise<Record<string, unknown> | undefined> {
  try {
    if (isFormPost(req)) {
      const form = await req.formData!()
      return Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string'))
    }
    await addDataAndFileToRequest(req)
    const data = req.data
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? data : undefined
  } catch {
    return undefined
  }
}

/** A reader's text: trimmed, control characters (NUL included, which Postgres refuses) removed. */
const cleanText = (value: unknown) =>
  typeof value === 'string'
    ? value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim()
    : undefined

const example = JSON.stringify({
  collection: reportableCollections[0],
  id: 1,
  locale: 'en',
  wrong: 'The price on this page is out of date.',
  right: '',
})

/** The public page of a published document in `locale`, or `undefined` when there is none. */
async function publicPath(
  req: PayloadRequest,
  collection: ReportableCollection,
  id: number,
  locale: Locale,
) {
  const { docs } = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    locale,
    depth: 0,
    limit: 1,
    pagination: false,
    // As a reader sees it, whoever sends the report (no user, not the request's): a report is
    // about a published page, never a draft, even from a signed-in editor.
    overrideAccess: false,
  })
  const slug = (docs[0] as { slug?: unknown } | undefined)?.slug
  return typeof slug === 'string' && slug
    ? publicCollections[collection].path(locale, slug)
    : undefined
}

type Problem = { outcome: Exclude<ReportOutcome, 'sent'>; status: number; message: string }

function textProblem(wrong: string | undefined, right: string | undefined): Problem | undefined {
  const max = reportLimits.textLength
  if (!wrong) {
    return { outcome: 'invalid', status: 400, message: 'Say what is wrong on the page (wrong).' }
  }
  if (wrong.length > max || (right?.length ?? 0) > max) {
    return {
      outcome: 'invalid',
      status: 400,
      message: `wrong and right may be at most ${max} characters each.`,
    }
  }
  return undefined
}

/**
 * POST /api/reports/submit: a reader reports an outdated fact on a guide, carrier or channel
 * page. No login, no email. Fields: collection, id, locale, wrong (required), right (optional),
 * and the honeypot `website`, which people never see: filled in, the answer looks like success
 * and nothing is stored. A client address may send `reportLimits.perClient.max` reports an hour
 * (counted in the shared auth_throttle table by its keyed hash; no address is stored anywhere).
 *
 * Two kinds of answer. The page's form posts without JavaScript (urlencoded): a 303 back to the
 * page, whose fragment names the outcome (`#report-sent`, `#report-invalid`, `#report-limit`).
 * JSON in: JSON out, 201 or a 4xx with a message. Cross-origin posts are refused before this
 * runs (src/api/sameOriginWrites.ts), so another site's form cannot post here from a browser.
 */
export const submitReportEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const form = isFormPost(req)
    const fields = await readFields(req)
    if (!fields) return errorResponse(`Send the report as a form or as JSON: ${example}.`, 400)
    const { collection, id: rawId, locale } = fields
    if (!isReportableCollection(collection)) {
      return errorResponse(`collection must be one of ${reportableCollections.join(', ')}.`, 400)
    }
    const id = documentId(rawId)
    if (id === undefined) return errorResponse('id must be a document id.', 400)
    if (!isLocale(locale)) return errorResponse(`locale must be one of ${locales.join(', ')}.`, 400)

    const path = await publicPath(req, collection, id, locale)
    if (!path) return errorResponse('No such published page.', 404)

    const answer = (outcome: ReportOutcome, json: () => Response) =>
      form
        ? new Response(null, {
            status: 303,
            // A path of our own, from the document: never an address the client sent.
            headers: { location: `${path}#${reportOutcomeAnchor(outcome)}` },
          })
        : json()

    const reservation = await reserveAttempt(req.payload, reportLimits.perClient, clientKey(req))
    if (!reservation.allowed) {
      const retryAfter = String(reservation.retryAfterSeconds)
      return answer('limit', () =>
        errorResponse('Too many reports from this address; please try again later.', 429, {
          'retry-after': retryAfter,
        }),
      )
    }

    const sent = () => Response.json({ ok: true }, { status: 201 })
    // A bot that fills in every field: it is told what a person is told, and nothing is kept.
    const honeypot = fields[honeypotField]
    if (typeof honeypot === 'string' ? honeypot !== '' : honeypot !== undefined) {
      return answer('sent', sent)
    }

    const wrong = cleanText(fields.wrong)
    const right = cleanText(fields.right) || undefined
    if (fields.right !== undefined && typeof fields.right !== 'string') {
      return answer('invalid', () => errorResponse('right must be text.', 400))
    }
    const problem = textProblem(wrong, right)
    if (problem) {
      return answer(problem.outcome, () => errorResponse(problem.message, problem.status))
    }

    await req.payload.create({
      collection: collectionSlugs.reports,
      data: {
        page: { relationTo: collection, value: id },
        path,
        locale,
        wrong: wrong!,
        right,
        status: 'open',
      },
      overrideAccess: true,
      req,
    })
    return answer('sent', sent)
  },
}
