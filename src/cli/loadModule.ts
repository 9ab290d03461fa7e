/**
 * A dynamic `import()` for the command-line tools, which run under tsx's loader hooks.
 *
 * Under load, such an import can be left pending while nothing else keeps the process alive, and
 * Node then ends it as if it were done: exit code 13 ("unsettled top-level await") or a quiet
 * exit (seen here once in `check:generated` on a clean clone and once in `npm start` after a
 * build; see payloadcms/payload#16381 and #17757 for the same on Payload's own CLI). A timer
 * holds the process open until the module has loaded, and a module that never loads is a clear
 * error instead of a silent exit.
 */
export async function loadModule<T>(load: () => Promise<T>, name: string, timeoutMs = 180_000) {
  let timedOut: NodeJS.Timeout | undefined
  const hold = setInterval(() => undefined, 1000)
  try {
    return await Promise.race([
      load(),
      new Promise<never>((_, reject) => {
        timedOut = setTimeout(
          () => reject(new Error(`Loading ${name} did not finish within ${timeoutMs / 1000} s.`)),
          timeoutMs,
        )
      }),
    ])
  } finally {
    clearInterval(hold)
    clearTimeout(timedOut)
  }
}
