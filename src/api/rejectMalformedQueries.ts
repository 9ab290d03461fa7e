import type { CollectionBeforeOperationHook, CollectionConfig, Plugin } from 'payload'

import { documentId, hasIntegerIds } from './documentIds'
import { RejectedQuery } from './rejectedQuery'
import { rejectUnstorableData } from './rejectUnstorableData'
import { whereProblem } from './whereProblem'

const isWhole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value)

/** Why `page`, `limit` or `depth` cannot be answered; `null` or absent means Payload's default. */
function pagingProblem({ page, limit, depth }: Record<'page' | 'limit' | 'depth', unknown>) {
  if (page != null && !(isWhole(page) && page >= 1)) {
    return `"page" must be a whole number from 1 up, not ${JSON.stringify(page)}.`
  }
  if (limit != null && !(isWhole(limit) && limit >= 0)) {
    return `"limit" must be a whole number from 0 up (0 means no limit), not ${JSON.stringify(limit)}.`
  }
  if (depth != null && !(isWhole(depth) && depth >= 0)) {
    return `"depth" must be a whole number from 0 up, not ${JSON.stringify(depth)}.`
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
 * `page`/`limit`/`depth`, or a `where` Postgres cannot answer, is a 400 with a message.
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
    pagingProblem({ page, limit, depth }) ?? whereProblem(req.payload, collection.slug, where)
  if (problem) throw new RejectedQuery(problem, 400)
}

const withCheckedQueries = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      rejectMalformedQueryArgs,
      rejectUnstorableData,
      ...(collection.hooks?.beforeOperation ?? []),
    ],
  },
})

/**
 * Adds `rejectMalformedQueryArgs` and `rejectUnstorableData` to every collection, ahead of their
 * own hooks. What they reject is logged as a client error (src/api/logClientErrors.ts).
 */
export const rejectMalformedQueries: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map(withCheckedQueries),
})
