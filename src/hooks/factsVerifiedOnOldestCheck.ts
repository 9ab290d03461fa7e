import type { CollectionBeforeChangeHook } from 'payload'

import { type Fact, oldestCheck, type Source } from '@/content/sources'

/**
 * "Facts verified on" is never typed in: it is the oldest check among the document's complete
 * sources (a carrier's or channel's `facts[].source`, a guide's `sources`), or empty when it has
 * none. A document is as fresh as its stalest fact; `npm run facts:check` and the stale-facts
 * flags read the same dates.
 */
export const factsVerifiedOnOldestCheck: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  // A save that sends no facts (a translator's text, a status change) keeps the stored ones.
  const facts = (data.facts ?? originalDoc?.facts ?? []) as Fact[]
  const sources = (data.sources ?? originalDoc?.sources ?? []) as Source[]
  data.factsVerifiedOn = oldestCheck([...facts.map((f) => f.source), ...sources])
  return data
}
