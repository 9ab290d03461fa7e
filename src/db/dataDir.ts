import path from 'node:path'

import { env } from '@/env'

/**
 * Everything a local installation writes (embedded Postgres, generated secrets, uploads) lives
 * under one git-ignored folder. `SIMATLAS_DATA_DIR` moves it; the default is `.data/` in the
 * project root, which is the working directory of every npm script and of `next start`.
 */
export const dataDir = path.resolve(
  /*turbopackIgnore: true*/ env.dataDir() || path.join(process.cwd(), '.data'),
)

const configuredMediaDir = env.mediaDir()
export const mediaDir = configuredMediaDir
  ? path.resolve(/*turbopackIgnore: true*/ configuredMediaDir)
  : path.join(dataDir, 'media')
