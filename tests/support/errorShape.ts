import { expect } from 'vitest'

/** Payload's error shape, with one message, and nothing else (no stack, no SQL). */
export const oneError = (message: RegExp) => ({
  errors: [{ message: expect.stringMatching(message) }],
})

/** One error with that message, in GraphQL's shape (or Payload's, with its name and data). */
export const oneErrorLike = (message: RegExp) => ({
  errors: [expect.objectContaining({ message: expect.stringMatching(message) })],
})
