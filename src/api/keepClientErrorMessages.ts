import type { AfterErrorHook } from 'payload'

import { clientError } from './clientError'

/** What Payload answers for an error it cannot name, or one it takes for a server error. */
const vagueMessages = ['An unknown error occurred.', 'Something went wrong.']

/**
 * Payload words a REST error by its class name, and the production build minifies class names
 * away: Payload's own 400s (a request body that is not JSON) then read "An unknown error
 * occurred.", and a body its multipart parser refuses is a 500 "Something went wrong.". A client
 * error's message is meant for the client, so it is answered with that and its 4xx status;
 * server errors keep Payload's answer, which shows nothing of them.
 */
export const keepClientErrorMessages: AfterErrorHook = ({ error, result }) => {
  const client = clientError(error)
  if (!client?.message) return
  const answered = result?.errors.length === 1 ? result.errors[0].message : undefined
  if (answered === undefined || !vagueMessages.includes(answered)) return
  return { response: { errors: [{ message: client.message }] }, status: client.status }
}
