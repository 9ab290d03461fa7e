/**
 * Puts "Reports from readers" (admin/ReportsPanel.tsx) in the sidebar of the edit view of every
 * collection readers can report on. A `ui` field: it stores nothing and the API never sees it.
 * A plugin, so the collections' own files stay about their content.
 */
import type { Plugin } from 'payload'

import { isReportableCollection } from '@/content/reportableCollections'

export const reportsPanels: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    isReportableCollection(collection.slug)
      ? {
          ...collection,
          fields: [
            ...collection.fields,
            {
              name: 'readerReports',
              type: 'ui',
              admin: {
                position: 'sidebar',
                components: { Field: '@/reports/admin/ReportsPanel#ReportsPanel' },
              },
            },
          ],
        }
      : collection,
  ),
})
