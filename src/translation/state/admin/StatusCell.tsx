import type { DefaultServerCellComponentProps } from 'payload'

import { isPublicCollection } from '@/content/publicCollections'

import { adminUser } from '@/lib/queries/adminUser'

import { rowsOfDocument } from './readRows'
import { StateBadges } from './StateBadges'
import { stateStrings } from './strings'

/**
 * The list views' "Translation" column: each target locale's state of the row's document, as
 * far as the signed-in user may read it (translators see their own locales). A server component.
 */
export async function StatusCell({
  rowData,
  collectionSlug,
  payload,
  i18n,
}: DefaultServerCellComponentProps) {
  const id = rowData?.id
  if (!isPublicCollection(collectionSlug) || (typeof id !== 'number' && typeof id !== 'string')) {
    return null
  }
  const user = await adminUser(payload)
  const rows = await rowsOfDocument(payload, user, collectionSlug, id)
  return <StateBadges rows={rows} t={stateStrings(i18n?.language)} />
}
