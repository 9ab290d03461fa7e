import { revalidateTag } from 'next/cache'

/**
 * Expire cache tags now (not stale-while-revalidate): the next request for an affected page
 * renders fresh content, so a publish is visible as soon as the API call returns.
 *
 * Outside a Next.js server (the seed, migrations, tests on the Local API) there is no cache to
 * expire and Next throws; that case is ignored.
 */
export function expireTags(tags: Iterable<string>) {
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (!isOutsideNext(error)) throw error
    }
  }
}

function isOutsideNext(error: unknown) {
  return error instanceof Error && error.message.includes('static generation store missing')
}
