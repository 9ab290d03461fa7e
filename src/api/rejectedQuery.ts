import { APIError } from 'payload'

export const rejectedQueryName = 'RejectedQuery'

/**
 * A client request no document can answer. Named explicitly: the production build minifies
 * class names, and Payload formats errors by name (a nameless one is answered as "An unknown
 * error occurred.").
 */
export class RejectedQuery extends APIError {
  constructor(message: string, status: 400 | 404) {
    super(message, status)
    this.name = rejectedQueryName
  }
}
