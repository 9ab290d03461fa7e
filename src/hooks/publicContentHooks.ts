import type { CollectionConfig } from 'payload'

import { draftsIn } from '@/content/derivedFromConfig'
import type { PublicCollection } from '@/content/publicCollections'
import { copiesSaveDrafts } from '@/publishing/copyToLocaleAsDraft'
import { redirectOldSlugs } from '@/redirects/redirectOldSlugs'
import { translationStateHooks } from '@/translation/state/recordTranslationState'

import { factsVerifiedOnOldestCheck } from './factsVerifiedOnOldestCheck'
import { keepDocumentPublished } from './keepDocumentPublished'
import { limitTranslatorPublishing } from './limitTranslatorPublishing'
import { publishLocaleOfPublishedOnly } from './publishLocaleOfPublishedOnly'
import { publishOneLocaleAtATime } from './publishOneLocaleAtATime'
import { readPublishedForPublic } from './readPublishedForPublic'
import { revalidatePublicPages } from './revalidatePublicPages'
import { stampLocaleEdit } from './stampLocaleEdit'
import { syncSearchIndex } from './syncSearchIndex'

/**
 * The side effects every public collection has: the translation state (in the save's
 * transaction), the search index, then the page cache.
 */
function sideEffects(collection: PublicCollection): CollectionConfig['hooks'] {
  const translation = translationStateHooks(collection)
  const search = syncSearchIndex(collection)
  const revalidate = revalidatePublicPages(collection)
  // A published slug that changes leaves a redirect from the old address (src/redirects/).
  const oldSlugs = redirectOldSlugs(collection)
  return {
    beforeChange: [oldSlugs.beforeChange],
    afterChange: [
      translation.afterChange,
      oldSlugs.afterChange,
      search.afterChange,
      revalidate.afterChange,
    ],
    beforeDelete: [revalidate.beforeDelete],
    afterDelete: [translation.afterDelete, search.afterDelete, revalidate.afterDelete],
  }
}

/**
 * The hooks of a public collection. With drafts (its `versions` say so), the rules of their
 * publish state too: translators publish their own locale only, every publish publishes one
 * locale unless it asks for all, one locale alone only on a published document (or a new
 * document's zh source), no save unpublishes unless it asks to, the public never reads drafts,
 * and each locale remembers who last changed it (`localeEdit`, which such collections have).
 */
export function publicContentHooks(
  collection: PublicCollection,
  versions: CollectionConfig['versions'],
): CollectionConfig['hooks'] {
  const effects = sideEffects(collection)
  if (!draftsIn(versions)) return effects
  return {
    ...effects,
    beforeOperation: [
      copiesSaveDrafts,
      limitTranslatorPublishing,
      publishOneLocaleAtATime,
      publishLocaleOfPublishedOnly,
      keepDocumentPublished.noteUnsentStatus,
      readPublishedForPublic,
    ],
    beforeChange: [
      keepDocumentPublished.publishedStaysPublished,
      stampLocaleEdit,
      ...(effects?.beforeChange ?? []),
    ],
  }
}

/** A collection's hooks with "facts verified on" derived from its sources before every save. */
export function withFactsVerifiedOn(hooks: CollectionConfig['hooks']): CollectionConfig['hooks'] {
  return { ...hooks, beforeChange: [...(hooks?.beforeChange ?? []), factsVerifiedOnOldestCheck] }
}
