import { unstable_cache } from 'next/cache'

/**
 * A public read kept in Next's data cache under the given tags until a Payload hook expires
 * them (see `@/lib/cache/tags`). Only results are cached: a query that throws (database down)
 * caches nothing, so an outage can never be remembered as a 404.
 */
export function cached<Args extends (string | number)[], R>(
  name: string,
  tags: (...args: Args) => string[],
  read: (...args: Args) => Promise<R>,
): (...args: Args) => Promise<R> {
  return (...args: Args) =>
    unstable_cache(() => read(...args), [name, ...args.map(String)], { tags: tags(...args) })()
}
