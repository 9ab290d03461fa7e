import path from 'node:path'

/**
 * Everything a local installation writes (embedded Postgres, generated secrets, uploads) lives
 * under one git-ignored folder. `SIMATLAS_DATA_DIR` moves it; the default is `.data/` in the
 * project root, which is the working directory of every npm script and of `next start`.
 */
export const dataDir = path.resolve(
  /*turbopackIgnore: true*/ process.env.SIMATLAS_DATA_DIR || path.join(process.cwd(), '.data'),
)

export const mediaDir = process.env.MEDIA_DIR
  ? path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR)
  : path.join(dataDir, 'media')
