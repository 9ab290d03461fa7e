import { postgres } from '@/db/postgres'
import { sql } from '@payloadcms/db-postgres'
import {
  APIError,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type Where,
} from 'payload'

import { checkRole } from '@/access/checkRole'

/**
 * Takes a lock, held until the request's transaction ends, that every change which could remove
 * the last admin takes first: two admins demoting each other at the same moment would otherwise
 * each still see the other as an admin.
 */
async function serialiseAdminChanges(req: PayloadRequest) {
  const adapter = postgres(req.payload)
  const session = req.transactionID ? adapter.sessions[await req.transactionID]?.db : undefined
  if (session) await session.execute(sql`SELECT pg_advisory_xact_lock(hashtext('simatlas:admins'))`)
}

/**
 * Refuses (403) a demotion or a deletion that would leave no admin, from any API, one document
 * or many (`PATCH`/`DELETE /api/users?where=…`). A beforeOperation hook rather than a per-document
 * one: Payload runs a bulk operation's documents in parallel, so each document's hook would still
 * see the others as admins.
 */
export const keepOneAdmin: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update' && operation !== 'delete') return args
  if (operation === 'update') {
    const data = (args.data ?? {}) as { role?: unknown }
    if (!('role' in data) || data.role === 'admin') return args
    // Only an admin may change a role (field access drops it for anyone else).
    if (!args.overrideAccess && !checkRole(['admin'], req.user)) return args
  }
  await serialiseAdminChanges(req)

  // One document (`…ByID`) or all that match `where`.
  const { id, where } = args as { id?: number | string; where?: Where }
  const target: Where = id !== undefined && id !== null ? { id: { equals: id } } : (where ?? {})
  const { docs } = await req.payload.find({
    collection: collection.slug,
    where: { and: [target, { role: { equals: 'admin' } }] },
    select: {},
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return args
  const others = await req.payload.count({
    collection: collection.slug,
    where: { and: [{ role: { equals: 'admin' } }, { id: { not_in: docs.map((doc) => doc.id) } }] },
    overrideAccess: true,
    req,
  })
  if (others.totalDocs > 0) return args
  throw new APIError(
    operation === 'delete'
      ? 'This would delete the last admin. Make another account an admin first.'
      : 'This would leave no admin. Make another account an admin first.',
    403,
  )
}
