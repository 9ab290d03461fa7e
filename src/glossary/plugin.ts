/**
 * Puts the glossary panel (admin/GlossaryPanel.tsx) in the sidebar of every public
 * collection's edit view. A `ui` field: it stores nothing and the API never sees it. A plugin,
 * so the collections' own files stay about their content.
 */
import type { Plugin } from 'payload'

import { isPublicCollection } from '@/content/publicCollections'

export const glossaryPanels: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    isPublicCollection(collection.slug)
      ? {
          ...collection,
          fields: [
            ...collection.fields,
            {
              name: 'glossaryPanel',
              type: 'ui',
              admin: {
                position: 'sidebar',
                components: { Field: '@/glossary/admin/GlossaryPanel#GlossaryPanel' },
              },
            },
          ],
        }
      : collection,
  ),
})
