import type { CollectionConfig } from 'payload'

import { draftsIn } from '@/content/derivedFromConfig'

import { anyone } from './anyone'
import { canEditContentLocale } from './canEditContentLocale'
import { isEditor } from './isEditor'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

/**
 * The roles table of DESIGN.md for content: editors create and delete, translators update in
 * their own locales, the public reads what is published.
 */
const draftedContentAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isEditor,
  update: canEditContentLocale,
  delete: isEditor,
}

/** Reference facts without a draft stage (carriers, channels): what is saved is public. */
const referenceContentAccess: CollectionConfig['access'] = {
  read: anyone,
  create: isEditor,
  update: canEditContentLocale,
  delete: isEditor,
}

/** The access rules of a public collection, chosen by whether its `versions` give it drafts. */
export const publicContentAccess = (
  versions: CollectionConfig['versions'],
): CollectionConfig['access'] =>
  draftsIn(versions) ? draftedContentAccess : referenceContentAccess
