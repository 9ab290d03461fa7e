import { GraphQLError, type ValidationRule } from 'graphql'
import type { CollectionConfig, Endpoint, Plugin } from 'payload'

import { errorResponse } from './errorResponse'

export const verificationOffMessage =
  'Email verification is not enabled: accounts are created by an admin and need no verifying.'

/** Auth collections with `auth.verify` off: Payload still mounts their verify endpoints. */
const withoutVerify = (collection: CollectionConfig) =>
  Boolean(collection.auth) && !(typeof collection.auth === 'object' && collection.auth.verify)

/** Answers POST /api/{collection}/verify/{token}; ahead of Payload's own, which it replaces. */
const verifyOff: Endpoint = {
  path: '/verify/:id',
  method: 'post',
  handler: () => errorResponse(verificationOffMessage, 404),
}

/** Refuses the `verifyEmail…` mutations, before anything runs (a 400 from the route guard). */
const refuseVerifyEmail: ValidationRule = (context) => ({
  Field(node) {
    if (!node.name.value.startsWith('verifyEmail')) return
    if (context.getParentType() !== context.getSchema().getMutationType()) return
    context.reportError(
      new GraphQLError(verificationOffMessage, { nodes: [node], extensions: { statusCode: 400 } }),
    )
  },
})

/**
 * Payload mounts email verification (`/api/users/verify/:token`, GraphQL `verifyEmailUser`) on
 * every auth collection, also when `auth.verify` is off, as it is here; the verification token
 * column then does not exist and every call was a 500 ("Cannot find field for path at
 * _verificationToken"). With verification off on every auth collection, both are refused.
 */
export const withoutEmailVerification: Plugin = (config) => {
  const collections = config.collections ?? []
  const auth = collections.filter((collection) => collection.auth)
  if (auth.length === 0 || !auth.every(withoutVerify)) return config
  const rules = config.graphQL?.validationRules
  return {
    ...config,
    collections: collections.map((collection) =>
      collection.auth
        ? { ...collection, endpoints: [verifyOff, ...(collection.endpoints || [])] }
        : collection,
    ),
    graphQL: {
      ...config.graphQL,
      validationRules: (args) => [...(rules?.(args) ?? []), refuseVerifyEmail],
    },
  }
}
