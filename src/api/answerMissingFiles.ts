import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { SanitizedConfig } from 'payload'

import { errorResponse } from './errorResponse'

type RestContext = { params: Promise<{ slug: string[] }> }
type RestHandler = (request: Request, context: RestContext) => Promise<Response>

/** Whether `name` is a file in `dir`; a name reaching outside it is left to Payload (a 400). */
async function isMissing(dir: string, name: string) {
  const root = path.resolve(dir)
  const file = path.resolve(root, name)
  if (!file.startsWith(root + path.sep)) return false
  try {
    await stat(file)
    return false
  } catch (error) {
    return (error as { code?: unknown }).code === 'ENOENT'
  }
}

/**
 * `/api/{upload collection}/file/{name}` for a file not on disk is a 404 "Not Found". Payload
 * answers it with a 500 and logs an ERROR holding the file's absolute path on the server, so
 * anyone could fill the log and learn where uploads live. Saying a file does not exist before
 * the access check tells nothing a 404 from it would not.
 */
export function answerMissingFiles(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: RestHandler,
): RestHandler {
  return async (request, context) => {
    const [slug, segment, name, ...rest] = (await context.params).slug
    if (segment === 'file' && name && rest.length === 0) {
      const upload = (await config).collections.find((each) => each.slug === slug)?.upload
      const dir = upload && (upload.staticDir || slug)
      if (dir && !upload.handlers?.length && (await isMissing(dir, name))) {
        return errorResponse('Not Found', 404)
      }
    }
    return handler(request, context)
  }
}
