import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { collectionSlugs } from '@/content/constants'
import { canEditContentLocale } from '@/access/canEditContentLocale'
import { isEditor } from '@/access/isEditor'
import { sharedFieldsForEditors } from '@/fields/sharedFieldsForEditors'
import { keepMediaFilesForEditors } from '@/hooks/keepMediaFilesForEditors'
import {
  findPagesShowingDeletedMedia,
  revalidatePagesShowingDeletedMedia,
  revalidatePagesShowingMedia,
} from '@/hooks/revalidatePagesShowingMedia'
import { mediaDir } from '@/db/dataDir'

export const Media: CollectionConfig = {
  slug: collectionSlugs.media,
  access: {
    read: anyone,
    create: isEditor,
    update: canEditContentLocale,
    delete: isEditor,
  },
  hooks: {
    beforeOperation: [keepMediaFilesForEditors],
    afterChange: [revalidatePagesShowingMedia],
    beforeDelete: [findPagesShowingDeletedMedia],
    afterDelete: [revalidatePagesShowingDeletedMedia],
  },
  upload: {
    staticDir: mediaDir,
    mimeTypes: ['image/*'],
    imageSizes: [
      { name: 'thumbnail', width: 320 },
      { name: 'card', width: 768 },
      { name: 'hero', width: 1440 },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: sharedFieldsForEditors([
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'Describe the image for readers who cannot see it.' },
    },
  ]),
}
