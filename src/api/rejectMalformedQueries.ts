import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Plugin,
} from 'payload'

import { documentId, hasIntegerIds } from './documentIds'
import { whereProblem } from './whereProblem'

const rejectedQuery = 'RejectedQuery'

/**
 * A client request no document can answer. Named explicitly: the production build minifies
 * class names, and Payload formats and logs errors by name (a nameless one is answered as "An
 * unknown error occurred." and logged as a server error, stack and all).
 */
class RejectedQuery extends APIError {
  constructor(message: string, status: 400 | 404) {
    super(message, status)
    this.name = rejectedQuery
  }
}

const isWhole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value)

/**
 * The deepest relationship population a REST or GraphQL client may ask for. Each level can fan
 * out to every related document (guide → FAQs → guides → …), so depth multiplies the answer;
 * the admin asks for 0 or 1, our pages read through the Local API.
 */
export const maxClientDepth = 3

/**
 * The most documents an anonymous client may ask for at once (and `limit=0`, Payload's "no
 * limit", is refused to them). The admin (signed in) asks for up to 100 in list views, and for
 * everything at once in bulk edits and relationship fields, so signed-in users are not capped.
 */
export const maxAnonymousLimit = 100

/** Why `page`, `limit` or `depth` cannot be answered; `null` or absent means Payload's default. */
function pagingProblem(
  { page, limit, depth }: Record<'page' | 'limit' | 'depth', unknown>,
  signedIn: boolean,
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
  if (!signedIn && isWhole(limit) && (limit === 0 || limit > maxAnonymousLimit)) {
    return `"limit" must be from 1 to ${maxAnonymousLimit}${limit === 0 ? ' (0, no limit, is for signed-in users)' : `, not ${limit}`}: page through larger lists with "page".`
  }
  // Postgres takes the offset, (page - 1) × limit, as a bigint.
  if (isWhole(page) && isWhole(limit) && !Number.isSafeInteger((page - 1) * limit)) {
    return `"page" ${page} is too far for "limit" ${limit}.`
  }
  return undefined
}

/**
 * Checks what REST and GraphQL clients send to every collection operation before Payload
 * queries Postgres with it, which otherwise fails as a 500: an id that cannot exist (`abc`, 1.5,
 * beyond the integer range) is a 404 like any missing document; a negative or fractional
 * `page`/`limit`/`depth`, a `depth` or `limit` beyond what one request may hold in memory, or a
 * `where` Postgres cannot answer, is a 400 with a message.
 * Local API calls (our own code, the admin's server views) are trusted and not checked.
 */
export const rejectMalformedQueryArgs: CollectionBeforeOperationHook = ({
  args,
  collection,
  req,
}) => {
  if (req.payloadAPI === 'local') return
  const { id, page, limit, depth, where } = args as Record<string, unknown>
  if (id != null && hasIntegerIds(req.payload, collection.slug) && documentId(id) === undefined) {
    throw new RejectedQuery(req.t('general:notFound'), 404)
  }
  const problem =
    pagingProblem({ page, limit, depth }, Boolean(req.user)) ??
    whereProblem(req.payload, collection.slug, where)
  if (problem) throw new RejectedQuery(problem, 400)
}

const withCheckedQueries = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [rejectMalformedQueryArgs, ...(collection.hooks?.beforeOperation ?? [])],
  },
})

/**
 * Adds `rejectMalformedQueryArgs` to every collection, ahead of their own hooks, and logs what it
 * rejects as info, like Payload's own NotFound and Forbidden: a client's mistake, not ours.
 */
export const rejectMalformedQueries: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map(withCheckedQueries),
  loggingLevels: { ...config.loggingLevels, [rejectedQuery]: 'info' },
})
