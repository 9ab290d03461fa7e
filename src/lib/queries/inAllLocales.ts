import type { AllLocales, LocalizedCollection } from '@/content/allLocales'

/**
 * Documents a query read with `locale: 'all'`, typed as such. Payload types every read as one
 * locale's; this is the one place that says otherwise, for the queries in this folder only.
 */
export const inAllLocales = <C extends LocalizedCollection, T>(
  _collection: C,
  docs: T[],
): AllLocales<T, C>[] => docs as AllLocales<T, C>[]
