import { env } from '@/env'

import { errorResponse } from './errorResponse'

type Handler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** The most a request of this content type may send: uploads are multipart, the rest JSON. */
function bodyLimit(request: Request) {
  const multipart = /^multipart\/form-data/i.test(request.headers.get('content-type') ?? '')
  // A multipart body carries the file plus the document's fields and the part headers.
  return multipart
    ? { bytes: env.maxUploadBytes() + env.maxBodyBytes(), what: 'An upload' }
    : { bytes: env.maxBodyBytes(), what: 'A request body' }
}

const tooLarge = (what: string, bytes: number) =>
  errorResponse(`${what} may be at most ${megabytes(bytes)}.`, 413)

/**
 * The body, read up to `limit` bytes; `undefined` as soon as it goes beyond (and the rest is not
 * read). A chunked request has no Content-Length to check beforehand.
 */
async function readAtMost(body: ReadableStream<Uint8Array>, limit: number) {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, size)
}

/**
 * A Payload route handler (REST or GraphQL) that answers a body over the limit with a 413 before
 * Payload buffers and parses it: JSON beyond `SIMATLAS_MAX_BODY_BYTES` (Payload reads it whole,
 * and `JSON.parse` holds several times its size), uploads beyond `SIMATLAS_MAX_UPLOAD_BYTES`.
 * Checked on Content-Length first, then on the bytes actually received.
 */
export function limitRequestBody<Args extends unknown[]>(handler: Handler<Args>): Handler<Args> {
  return async (request, ...args) => {
    if (!request.body) return handler(request, ...args)
    const { bytes, what } = bodyLimit(request)
    const declared = Number(request.headers.get('content-length'))
    if (Number.isFinite(declared) && declared > bytes) return tooLarge(what, bytes)
    const body = await readAtMost(request.body, bytes)
    if (!body) return tooLarge(what, bytes)
    const headers = new Headers(request.headers)
    headers.set('content-length', String(body.byteLength))
    headers.delete('transfer-encoding')
    const buffered = new Request(request.url, {
      method: request.method,
      headers,
      body,
      signal: request.signal,
    })
    return handler(buffered, ...args)
  }
}
