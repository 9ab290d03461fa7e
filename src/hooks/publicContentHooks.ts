import type { CollectionConfig } from 'payload'

import type { PublicCollection } from '@/lib/cache/tags'

import { keepDocumentPublished } from './keepDocumentPublished'
import { limitTranslatorPublishing } from './limitTranslatorPublishing'
import { publishLocaleOfPublishedOnly } from './publishLocaleOfPublishedOnly'
import { readPublishedForPublic } from './readPublishedForPublic'
import { revalidatePublicPages } from './revalidatePublicPages'
import { syncSearchIndex } from './syncSearchIndex'

/** The side effects every public collection has: search index first, then the page cache. */
export function publicContentHooks(collection: PublicCollection): CollectionConfig['hooks'] {
  const search = syncSearchIndex(collection)
  const revalidate = revalidatePublicPages(collection)
  return {
    afterChange: [search.afterChange, revalidate.afterChange],
    beforeDelete: [revalidate.beforeDelete],
    afterDelete: [search.afterDelete, revalidate.afterDelete],
  }
}

/**
 * Public collections with drafts (guides, FAQs): the above, plus the rules of their shared
 * publish state: translators publish their own locale only, one locale is published only on a
 * published document, no save unpublishes unless it asks to, the public never reads drafts.
 */
export function draftedContentHooks(collection: PublicCollection): CollectionConfig['hooks'] {
  return {
    ...publicContentHooks(collection),
    beforeOperation: [
      limitTranslatorPublishing,
      publishLocaleOfPublishedOnly,
      keepDocumentPublished.noteUnsentStatus,
      readPublishedForPublic,
    ],
    beforeChange: [keepDocumentPublished.publishedStaysPublished],
  }
}
