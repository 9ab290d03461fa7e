import { JWTAuthentication } from 'payload'
import type { AuthStrategy, AuthStrategyFunction, CollectionAfterMeHook, Payload } from 'payload'

import { isDatabaseUnavailable } from './answerDatabaseOutages'

/** Where the request keeps the outage that stopped its token from being checked. */
const contextKey = 'signInDatabaseError'

/**
 * Payload's JWT strategy, noting on the request when the database could not be asked who the
 * token belongs to. Payload's own catches every error and answers "nobody", so during an outage
 * a signed-in user was anonymous: `/api/users/me` answered 200 `{"user":null}` and the admin
 * signed them out.
 */
const jwtNotingOutages: AuthStrategyFunction = async (args) => {
  let failure: unknown
  const findByID = args.payload.findByID.bind(args.payload)
  const payload = new Proxy(args.payload, {
    get: (target, key, receiver) =>
      key === 'findByID'
        ? async (options: Parameters<Payload['findByID']>[0]) => {
            try {
              return await findByID(options)
            } catch (error) {
              failure = error
              throw error
            }
          }
        : Reflect.get(target, key, receiver),
  })
  // Named as Payload's: `me` answers it as the user's `strategy`.
  const result = await JWTAuthentication({ ...args, payload, strategyName: 'local-jwt' })
  if (!result.user && args.req && isDatabaseUnavailable(failure)) {
    args.req.context[contextKey] = failure
  }
  return result
}

/**
 * For the users collection's `auth.strategies`, which Payload tries before its own JWT strategy:
 * with the database up it finds the user and Payload's is skipped. When it is down, Payload's
 * tries once more and fails the same way (a second connection timeout, 2 s by default).
 */
export const jwtNotingOutagesStrategy: AuthStrategy = {
  name: 'local-jwt-noting-outages',
  authenticate: jwtNotingOutages,
}

/**
 * `me` (REST and GraphQL) answers a token it could not check for an outage with the outage, which
 * answerDatabaseOutages makes a 503, instead of "not signed in".
 */
export const answerMeDuringOutages: CollectionAfterMeHook = ({ req }) => {
  const failure = req.context[contextKey]
  if (!req.user && failure) throw failure
}
