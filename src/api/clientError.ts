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

/**
 * The error Postgres raised, when the error is or wraps one (Drizzle's "Failed query" carries it
 * as `cause`, GraphQL as `originalError`). node-postgres gives it a SQLSTATE `code` and a
 * `severity`; socket errors (ECONNRESET…) have a code but no severity.
 */
function postgresError(error: unknown): { code: string; message: string } | undefined {
  let current: unknown = error
  for (let i = 0; i < 6 && current && typeof current === 'object'; i++) {
    const { code, message, severity, cause, originalError } = current as Record<string, unknown>
    if (typeof code === 'string' && typeof severity === 'string' && typeof message === 'string') {
      return { code, message }
    }
    current = originalError ?? cause
  }
  return undefined
}

/**
 * What Postgres refuses in a query a client wrote, as the client's mistake: a value the column's
 * type cannot hold (class 22, data exception: "abc" for a number, an unknown option of a select,
 * a NUL character, a date out of range), an operator the column's type lacks (42883: `like` on a
 * date), and a path into a JSON value that is not a jsonpath (Payload writes the path into a
 * jsonpath literal, which Postgres parses as a 42601 "… of jsonpath input"). Postgres' own words
 * name the value and the type, never the SQL; Drizzle's message (the statement) is not shown.
 */
function refusedByPostgres(error: unknown): string | undefined {
  const refused = postgresError(error)
  if (!refused) return undefined
  const { code, message } = refused
  if (code.startsWith('22')) {
    return `A value in the request does not fit the field it is compared with or stored in: ${message}.`
  }
  if (code === '42883')
    return `An operator in the request cannot be used on that field: ${message}.`
  if (code === '42601' && message.endsWith(' of jsonpath input')) {
    return `A path inside a rich-text or JSON value must name keys only, e.g. body.root.type: ${message}.`
  }
  return undefined
}

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
 * busboy refuses, a `_payload` field that is not JSON) carries no status but is a 400 too, as is
 * a query Postgres refuses for what the client put in it (see refusedByPostgres).
 */
export function clientError(error: unknown): { status: number; message: string } | undefined {
  if (!(error instanceof Error)) return undefined
  // Checked first: Payload wraps some of these in an APIError with status 500.
  if (unreadableMultipart.includes(error.message)) return unreadableBody(error)
  if (error.message.startsWith(clientUploadWithoutHandlers)) {
    return { status: 400, message: clientUploadRefused }
  }
  const refused = refusedByPostgres(error)
  if (refused) return { status: 400, message: refused }
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
