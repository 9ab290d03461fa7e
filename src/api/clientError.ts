/**
 * What busboy (Payload's multipart parser) throws for a body it cannot read. Payload passes
 * these on as plain errors, with no status, so they would be answered and logged as 500s.
 */
const unreadableMultipart = [
  'Malformed part header',
  'Malformed urlencoded form',
  'Malformed content type',
  'Missing Content-Type',
  'Multipart: Boundary not found',
  'Unexpected end of file',
  'Unexpected end of form',
  // Payload's own: a multipart content type with no boundary, or no body. It gives this a 500.
  'Request is not eligible for file upload',
]

/**
 * Payload's 500 for a multipart `file` part sent as text, which it reads as a reference to a
 * file already uploaded elsewhere ("client uploads", a storage plugin feature this site does
 * not use): `-F 'file={"filename":"x.png"}'`.
 */
const clientUploadWithoutHandlers = 'uploadConfig.handlers is not present'
const clientUploadRefused =
  'The "file" part must be the file itself (a multipart file part with a file name), not text.'

const statusOf = (error: unknown): unknown => {
  if (typeof error !== 'object' || error === null) return undefined
  const { status, originalError } = error as { status?: unknown; originalError?: unknown }
  // GraphQL wraps the operation's error as `originalError`.
  return status ?? (originalError ? statusOf(originalError) : undefined)
}

/**
 * The client's mistake in an error, as a status and a message for the client, or `undefined`
 * for a server error. Decided by status, never by class name: the production build minifies
 * the class names Payload formats and logs errors by. A body Payload cannot parse (multipart
 * busboy refuses, a `_payload` field that is not JSON) carries no status but is a 400 too.
 */
export function clientError(error: unknown): { status: number; message: string } | undefined {
  if (!(error instanceof Error)) return undefined
  // Checked first: Payload wraps some of these in an APIError with status 500.
  if (unreadableMultipart.includes(error.message)) return unreadableBody(error)
  if (error.message.startsWith(clientUploadWithoutHandlers)) {
    return { status: 400, message: clientUploadRefused }
  }
  const status = statusOf(error)
  if (typeof status === 'number') {
    return status >= 400 && status < 500 ? { status, message: error.message } : undefined
  }
  if (
    error.message.startsWith('Unsupported content type') ||
    (error instanceof SyntaxError && /JSON/.test(error.message))
  ) {
    return unreadableBody(error)
  }
  return undefined
}

const unreadableBody = (error: Error) => ({
  status: 400,
  message: `The request body could not be read: ${error.message}.`,
})
