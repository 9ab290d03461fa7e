import { randomUUID } from 'node:crypto'
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { documentId } from '@/api/documentIds'
import { clientKey } from '@/auth/clientKey'
import { errorResponse } from '@/api/errorResponse'
import { collectionSlugs } from '@/content/constants'
import {
  feedbackCollections,
  publicCollections,
  type FeedbackCollection,
} from '@/content/publicCollections'
import { inLockedTransaction } from '@/db/lockedTransaction'
import { defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales'

const isFeedbackCollection = (value: unknown): value is FeedbackCollection =>
  (feedbackCollections as unknown[]).includes(value)

/** `"guides" or "faqs"` */
const quotedList = (values: readonly string[]) =>
  values
    .map((value) => `"${value}"`)
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1')

const voteExample = JSON.stringify({
  collection: feedbackCollections[0],
  id: 1,
  locale: defaultLocale,
  helpful: true,
})

/** Votes one client address may cast per hour, across all documents. */
export const votesPerHourPerClient = 20
const voterCookie = 'simatlas_voter'

function voterId(req: PayloadRequest): { id: string; isNew: boolean } {
  const cookie = req.headers.get('cookie') ?? ''
  const match = cookie.match(new RegExp(`(?:^|;\\s*)${voterCookie}=([0-9a-f-]{36})`))
  return match ? { id: match[1], isNew: false } : { id: randomUUID(), isNew: true }
}

type Vote = {
  collection: FeedbackCollection
  id: number
  locale: Locale
  helpful: boolean
  voter: string
  client: string
}

/** Stores (or changes) the reader's vote unless the client is over its limit: false then. */
async function storeVote(req: PayloadRequest, { collection, id, voter, client, ...vote }: Vote) {
  const hourAgo = new Date(Date.now() - 60 * 60 * 1000).toISOString()
  const recent = await req.payload.count({
    collection: collectionSlugs.votes,
    where: { and: [{ client: { equals: client } }, { updatedAt: { greater_than: hourAgo } }] },
    overrideAccess: true,
    req,
  })
  if (recent.totalDocs >= votesPerHourPerClient) return false

  const field = publicCollections[collection].feedbackField
  const { docs } = await req.payload.find({
    collection: collectionSlugs.votes,
    where: { and: [{ voter: { equals: voter } }, { [field]: { equals: id } }] },
    limit: 1,
    overrideAccess: true,
    req,
  })
  const data = { [field]: id, ...vote, voter, client }
  if (docs[0]) {
    await req.payload.update({
      collection: collectionSlugs.votes,
      id: docs[0].id,
      data,
      overrideAccess: true,
      req,
    })
  } else {
    await req.payload.create({ collection: collectionSlugs.votes, data, overrideAccess: true, req })
  }
  return true
}

/**
 * POST /api/feedback {collection, id, locale, helpful}, collection one of `feedbackCollections`
 * One vote per reader (a cookie) and document: voting again changes the answer. A client
 * address may cast at most `votesPerHourPerClient` votes an hour (429 beyond). No login.
 */
export const feedbackEndpoint: Endpoint = {
  path: '/feedback',
  method: 'post',
  handler: async (req) => {
    try {
      await addDataAndFileToRequest(req)
    } catch {
      // A body that is not JSON, or multipart Payload's parser cannot read (it throws a 500).
      return errorResponse(`Send the vote as JSON: ${voteExample}.`, 400)
    }
    const { collection, id, locale, helpful } = (req.data ?? {}) as Record<string, unknown>
    if (!isFeedbackCollection(collection)) {
      return errorResponse(`collection must be ${quotedList(feedbackCollections)}.`, 400)
    }
    if (!Number.isInteger(id)) return errorResponse('id must be a document id.', 400)
    if (!isLocale(locale)) return errorResponse(`locale must be one of ${locales.join(', ')}.`, 400)
    if (typeof helpful !== 'boolean') return errorResponse('helpful must be true or false.', 400)
    // A whole number beyond the id column's range is no document; Postgres would refuse it.
    if (documentId(id) === undefined) return errorResponse('No such published document.', 404)

    const { totalDocs } = await req.payload.count({
      collection,
      where: { id: { equals: id } },
      overrideAccess: false,
      req,
    })
    if (totalDocs === 0) return errorResponse('No such published document.', 404)

    const client = clientKey(req)
    const voter = voterId(req)
    // The limit and the one-vote-per-reader rule are checks before a write: serialised per
    // client address and voter, or a burst of parallel votes all pass the check (40 → 29 rows).
    const stored = await inLockedTransaction(
      req,
      [`vote-client:${client}`, `voter:${voter.id}`],
      () =>
        storeVote(req, { collection, id: id as number, locale, helpful, voter: voter.id, client }),
    )
    if (!stored) {
      return errorResponse('Too many votes from this address; please try again later.', 429, {
        'retry-after': '3600',
      })
    }
    const headers = voter.isNew
      ? {
          'set-cookie': `${voterCookie}=${voter.id}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax`,
        }
      : undefined
    return Response.json({ ok: true, helpful }, { headers })
  },
}
