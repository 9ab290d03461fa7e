import type { AfterErrorHook } from 'payload'

const unknownError = 'An unknown error occurred.'

/**
 * Payload words a REST error by its class name, and the production build minifies class names
 * away: Payload's own 400s (a request body that is not JSON) then read "An unknown error
 * occurred.". A client error's message is meant for the client, so it is answered with that;
 * server errors keep Payload's answer, which shows nothing of them.
 */
export const keepClientErrorMessages: AfterErrorHook = ({ error, result }) => {
  const status = (error as { status?: unknown }).status
  if (typeof status !== 'number' || status < 400 || status >= 500 || !error.message) return
  if (result?.errors.length !== 1 || result.errors[0].message !== unknownError) return
  return { response: { errors: [{ message: error.message }] } }
}
