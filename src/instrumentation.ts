/**
 * Next calls `register()` once when a server process starts (`next start`, `next dev`, the Docker
 * image's `node server.js`), before it serves requests: the place to start the jobs queue's
 * runner, since Payload itself only starts on the first request. See
 * `src/publishing/schedule/runner/jobRunner.ts`.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { env } = await import('@/env')
  if (env.isBuildPhase()) return
  const { startJobRunner } = await import('@/publishing/schedule/runner/jobRunner')
  startJobRunner({
    logger: {
      info: (msg) => console.info(`[jobs] ${msg}`),
      error: (msg, err) => console.error(`[jobs] ${msg}`, err ?? ''),
    },
  })
}
