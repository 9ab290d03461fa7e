import type { CollectionConfig } from 'payload'

import { draftsIn } from '@/content/derivedFromConfig'
import type { PublicCollection } from '@/content/publicCollections'
import { translationStateHooks } from '@/translation/state/recordTranslationState'

import { factsVerifiedOnOldestCheck } from './factsVerifiedOnOldestCheck'
import { keepDocumentPublished } from './keepDocumentPublished'
import { limitTranslatorPublishing } from './limitTranslatorPublishing'
import { publishLocaleOfPublishedOnly } from './publishLocaleOfPublishedOnly'
import { readPublishedForPublic } from './readPublishedForPublic'
import { revalidatePublicPages } from './revalidatePublicPages'
import { syncSearchIndex } from './syncSearchIndex'

/**
 * The side effects every public collection has: the translation state (in the save's
 * transaction), the search index, then the page cache.
 */
function sideEffects(collection: PublicCollection): CollectionConfig['hooks'] {
  const translation = translationStateHooks(collection)
  const search = syncSearchIndex(collection)
  const revalidate = revalidatePublicPages(collection)
  return {
    afterChange: [translation.afterChange, search.afterChange, revalidate.afterChange],
    beforeDelete: [revalidate.beforeDelete],
    afterDelete: [translation.afterDelete, search.afterDelete, revalidate.afterDelete],
  }
}

/**
 * The hooks of a public collection. With drafts (its `versions` say so), the rules of their
 * shared publish state too: translators publish their own locale only, one locale is published
 * only on a published document, no save unpublishes unless it asks to, the public never reads
 * drafts.
 */
export function publicContentHooks(
  collection: PublicCollection,
  versions: CollectionConfig['versions'],
): CollectionConfig['hooks'] {
  if (!draftsIn(versions)) return sideEffects(collection)
  return {
    ...sideEffects(collection),
    beforeOperation: [
      limitTranslatorPublishing,
      publishLocaleOfPublishedOnly,
      keepDocumentPublished.noteUnsentStatus,
      readPublishedForPublic,
    ],
    beforeChange: [keepDocumentPublished.publishedStaysPublished],
  }
}

/** A collection's hooks with "facts verified on" derived from its sources before every save. */
export function withFactsVerifiedOn(hooks: CollectionConfig['hooks']): CollectionConfig['hooks'] {
  return { ...hooks, beforeChange: [...(hooks?.beforeChange ?? []), factsVerifiedOnOldestCheck] }
}
