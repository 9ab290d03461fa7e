import type { Config } from 'payload'

import { isPublicCollection, publicCollectionSlugs } from '@/content/publicCollections'
import { isLocale } from '@/i18n/locales'

import { previewPath } from './previewPaths'

/**
 * The admin's Live Preview (`admin.livePreview`) for every public collection in the registry:
 * the document's page in the locale being edited, through the draft preview route, which finds
 * the page under that locale's slug itself (so the URL Payload keeps does not change when the
 * slug does, and the frame is not reloaded on every autosave, payload#14787). The page follows
 * each save and autosave (src/preview/RefreshOnSave.client.tsx). A document not saved yet has
 * no page to show.
 */
export const livePreview: NonNullable<Config['admin']>['livePreview'] = {
  collections: publicCollectionSlugs,
  breakpoints: [
    { name: 'mobile', label: 'Mobile 360', width: 360, height: 740 },
    { name: 'desktop', label: 'Desktop 1280', width: 1280, height: 800 },
  ],
  url: ({ collectionConfig, data, locale }) => {
    const collection = collectionConfig?.slug
    const id = (data as { id?: unknown } | undefined)?.id
    if (!isPublicCollection(collection) || !isLocale(locale?.code)) return null
    if (typeof id !== 'number' && typeof id !== 'string') return null
    return previewPath(collection, id, locale.code)
  },
}
