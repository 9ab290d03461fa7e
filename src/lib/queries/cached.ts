import { unstable_cache } from 'next/cache'

import { previewView, publicView, type ReadView } from './readView'

/**
 * A public read kept in Next's data cache under the given tags until a Payload hook expires
 * them (see `@/lib/cache/tags`). Only results are cached: a query that throws (database down)
 * caches nothing, so an outage can never be remembered as a 404.
 *
 * The one switch between the public site and the draft preview: in a staff member's preview
 * (`previewView`) the read runs uncached, as that user, on the newest drafts; otherwise it runs
 * in `publicView` through the cache. Draft content is never written to the cache (Next also
 * skips `unstable_cache` in draft mode, reads and writes alike).
 */
export function cached<Args extends (string | number)[], R>(
  name: string,
  tags: (...args: Args) => string[],
  read: (view: ReadView, ...args: Args) => Promise<R>,
): (...args: Args) => Promise<R> {
  return async (...args: Args) => {
    const preview = await previewView()
    if (preview) return read(preview, ...args)
    return unstable_cache(() => read(publicView, ...args), [name, ...args.map(String)], {
      tags: tags(...args),
    })()
  }
}
