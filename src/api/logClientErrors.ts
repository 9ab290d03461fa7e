import { type AfterErrorHook, type Config, defaultLoggerOptions } from 'payload'

import { clientError } from './clientError'
import { rejectedQueryName } from './rejectedQuery'

/** Control characters escaped, so that what a client sent cannot start a line of its own. */
const oneLine = (text: string) =>
  text.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )

/**
 * Writes a client error (403, 404, a validation error, any 4xx) as one info line saying what
 * was asked and what was answered: `GET /api/guides/7 404 Not Found`. Payload's own line for it
 * is dropped by `payloadLogger`, so each request logs once.
 */
export const logClientErrorsAsInfo: AfterErrorHook = ({ error, req }) => {
  const client = clientError(error)
  if (!client) return
  const path = req.url ? new URL(req.url, 'http://localhost').pathname : '?'
  req.payload.logger.info(
    oneLine(`${req.method ?? '?'} ${path} ${client.status} ${client.message}`),
  )
}

type LogMethod = (...args: unknown[]) => void

/**
 * Payload's logger (its pretty output), without the error entries of client errors. Payload
 * chooses a log level by error class name, and the production build minifies those names, so
 * every anonymous 403, 404 or validation error was an ERROR of 22 lines with a stack: anyone
 * could flood the log. Here the status decides instead (`clientError`); the request's one line
 * comes from `logClientErrorsAsInfo`. Server errors are logged as before, stack and all.
 */
export const payloadLogger: Config['logger'] = {
  destination: defaultLoggerOptions,
  options: {
    hooks: {
      logMethod(args, method) {
        const [first] = args as unknown[]
        const err = typeof first === 'object' && first !== null && 'err' in first && first.err
        if (err && clientError(err)) return
        return (method as LogMethod).apply(this, args)
      },
    },
  },
}

/**
 * Payload logs the errors it recognises by name (NotFound, Forbidden…) as a bare message at
 * info, where the names survive (dev); off, so that `logClientErrorsAsInfo`'s line is the only
 * one in every build.
 */
export const clientErrorLoggingLevels: Config['loggingLevels'] = Object.fromEntries(
  ['Forbidden', 'Locked', 'MissingFile', 'NotFound', 'ValidationError', rejectedQueryName].map(
    (name) => [name, false],
  ),
)
