import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { canEditContentLocale } from './canEditContentLocale'
import { isEditor } from './isEditor'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

/**
 * The roles table of DESIGN.md for content: editors create and delete, translators update in
 * their own locales, the public reads what is published.
 */
export const draftedContentAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isEditor,
  update: canEditContentLocale,
  delete: isEditor,
}

/** Reference facts without a draft stage (carriers, channels): what is saved is public. */
export const referenceContentAccess: CollectionConfig['access'] = {
  read: anyone,
  create: isEditor,
  update: canEditContentLocale,
  delete: isEditor,
}
