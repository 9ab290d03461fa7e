import type { CollectionBeforeOperationHook, CollectionConfig, Plugin } from 'payload'

import { documentId, hasIntegerIds } from './documentIds'
import { localeParametersProblem } from './localeParameters'
import { RejectedQuery } from './rejectedQuery'
import { rejectMissingRelations } from './rejectMissingRelations'
import { rejectUnstorableData } from './rejectUnstorableData'
import {
  anonymousSortBudget,
  joinsSortSizeProblem,
  signedInSortBudget,
  sortSizeProblem,
} from './sortSize'
import { whereProblem } from './whereProblem'
import {
  anonymousWhereBudget,
  joinsWhereSizeProblem,
  signedInWhereBudget,
  whereSizeProblem,
} from './whereSize'

const isWhole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value)

/**
 * The deepest relationship population a REST client may ask for. Each level can fan out to
 * every related document (guide → FAQs → guides → …): measured on 100 guides each linking 10
 * FAQs that link 10 guides, `limit=100&depth=3` is a 186 MB answer built in 20 s with the heap
 * 600 MB larger. The admin asks for 0 or 1; our pages read through the Local API.
 */
export const maxClientDepth = 3

/**
 * The most documents an anonymous client may ask for at once (and `limit=0`, Payload's "no
 * limit", is refused to them). The admin (signed in) asks for up to 100 in list views, and for
 * everything at once in bulk edits and relationship fields, so signed-in users are not capped.
 */
export const maxAnonymousLimit = 100

/**
 * How many documents, populated ones included, an anonymous REST read may come to, counting
 * each level of depth as 10 related documents per document: 50 documents at Payload's default
 * depth 2, or 100 at depth 1. On the data measured above, 100 at depth 2 (10,000) is a 40 MB
 * answer taking 7 s of a core.
 */
export const maxAnonymousDocuments = 5000
const assumedRelated = 10

/** Why `page`, `limit` or `depth` cannot be answered; `null` or absent means Payload's default. */
function pagingProblem(
  { page, limit, depth }: Record<'page' | 'limit' | 'depth', unknown>,
  client: { signedIn: boolean; rest: boolean; oneDocument: boolean; defaultDepth: number },
) {
  if (page != null && !(isWhole(page) && page >= 1)) {
    return `"page" must be a whole number from 1 up, not ${JSON.stringify(page)}.`
  }
  if (limit != null && !(isWhole(limit) && limit >= 0)) {
    return `"limit" must be a whole number from 0 up (0 means no limit), not ${JSON.stringify(limit)}.`
  }
  if (depth != null && !(isWhole(depth) && depth >= 0)) {
    return `"depth" must be a whole number from 0 up, not ${JSON.stringify(depth)}.`
  }
  if (isWhole(depth) && depth > maxClientDepth) {
    return `"depth" may be at most ${maxClientDepth}, not ${depth}: ask for related documents separately.`
  }
  if (client.signedIn) return offsetProblem(page, limit)
  if (isWhole(limit) && (limit === 0 || limit > maxAnonymousLimit)) {
    return `"limit" must be from 1 to ${maxAnonymousLimit}${limit === 0 ? ' (0, no limit, is for signed-in users)' : `, not ${limit}`}: page through larger lists with "page".`
  }
  // GraphQL populates only what the query selects; its validation rule counts that.
  if (client.rest) {
    const documents = client.oneDocument ? 1 : isWhole(limit) ? limit : 10
    const levels = isWhole(depth) ? depth : client.defaultDepth
    const total = documents * assumedRelated ** levels
    if (total > maxAnonymousDocuments) {
      return `"limit" ${documents} with "depth" ${levels} could come to ${total.toLocaleString('en')} documents with their related ones; at most ${maxAnonymousDocuments.toLocaleString('en')} are answered: lower "depth" (0 gives related documents as ids) or "limit".`
    }
  }
  return offsetProblem(page, limit)
}

function offsetProblem(page: unknown, limit: unknown) {
  // Postgres takes the offset, (page - 1) × limit, as a bigint.
  if (isWhole(page) && isWhole(limit) && !Number.isSafeInteger((page - 1) * limit)) {
    return `"page" ${page} is too far for "limit" ${limit}.`
  }
  return undefined
}

/**
 * Checks what REST and GraphQL clients send to every collection operation before Payload
 * queries Postgres with it, which otherwise fails as a 500 or is quietly misread: a locale
 * Payload does not know (it would serve zh) is a 400; an id that cannot exist (`abc`, 1.5,
 * beyond the integer range) is a 404 like any missing document; a negative or fractional
 * `page`/`limit`/`depth`, a `depth` or `limit` beyond what one request may hold in memory, a
 * `where` too large to run (src/api/whereSize.ts) or one Postgres cannot answer, is a 400 with a
 * message.
 * Local API calls (our own code, the admin's server views) are trusted and not checked.
 */
export const rejectMalformedQueryArgs: CollectionBeforeOperationHook = ({
  args,
  collection,
  req,
}) => {
  const { page, limit, depth, where, joins, sort, currentDepth, duplicateFromID } = args as Record<
    string,
    unknown
  >
  // A duplicate is a create from `duplicateFromID`, the id in /api/{collection}/{id}/duplicate.
  const id = (args as Record<string, unknown>).id ?? duplicateFromID
  // Payload populating relationships for the request (its own find, carrying the client's
  // depth) was already judged with the request.
  if (req.payloadAPI === 'local' || currentDepth != null) return
  // The URL Payload read the locale from, a GET sent as a POST with a method override included
  // (Payload's handleEndpoints adds a JSON body's `locale` to it).
  const localeProblem = req.searchParams && localeParametersProblem(req.searchParams)
  if (localeProblem) throw new RejectedQuery(localeProblem, 400)
  if (id != null && hasIntegerIds(req.payload, collection.slug) && documentId(id) === undefined) {
    throw new RejectedQuery(req.t('general:notFound'), 404)
  }
  const budget = req.user ? signedInWhereBudget : anonymousWhereBudget
  const sortBudget = req.user ? signedInSortBudget : anonymousSortBudget
  const problem =
    pagingProblem(
      { page, limit, depth },
      {
        signedIn: Boolean(req.user),
        rest: req.payloadAPI === 'REST',
        oneDocument: id != null,
        defaultDepth: req.payload.config.defaultDepth,
      },
    ) ??
    whereSizeProblem(req.payload, collection.slug, where, budget) ??
    joinsWhereSizeProblem(req.payload, collection.slug, joins, budget) ??
    sortSizeProblem(sort, sortBudget) ??
    joinsSortSizeProblem(joins, sortBudget) ??
    whereProblem(req.payload, collection.slug, where)
  if (problem) throw new RejectedQuery(problem, 400)
}

const withCheckedQueries = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      rejectMalformedQueryArgs,
      rejectUnstorableData,
      rejectMissingRelations,
      ...(collection.hooks?.beforeOperation ?? []),
    ],
  },
})

/**
 * Adds `rejectMalformedQueryArgs`, `rejectUnstorableData` and `rejectMissingRelations` to every
 * collection, ahead of their own hooks. What they reject is logged as a client error (src/api/logClientErrors.ts).
 */
export const rejectMalformedQueries: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map(withCheckedQueries),
})
