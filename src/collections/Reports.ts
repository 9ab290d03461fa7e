import type { CollectionConfig } from 'payload'

import { editorOrTranslatorOfLocale } from '@/access/editorOrTranslatorOfLocale'
import { isAdmin } from '@/access/isAdmin'
import { isEditor } from '@/access/isEditor'
import { collectionSlugs, reportStatuses } from '@/content/constants'
import { reportableCollections } from '@/content/reportableCollections'
import { localeInfo, locales } from '@/i18n/locales'
import { reportLimits } from '@/reports/reportLimits'
import { submitReportEndpoint } from '@/reports/submitReport'

export const reportsSlug = collectionSlugs.reports

/** What the reader wrote is theirs: nobody edits it afterwards, over any API. */
const asReported = { create: () => false, update: () => false }

/**
 * Readers' reports of an outdated fact on a guide, carrier or channel page: a work item each,
 * open until an editor marks it fixed or dismissed. Created only by POST /api/reports/submit
 * (no login, limited per client address, src/reports/submitReport.ts); nobody creates one over
 * REST, GraphQL or the admin. Nothing about the reporter is stored, not even a hash.
 *
 * Editors and admins triage (status, note); translators read the reports of pages in their
 * locales, since a wrong fact there is often a translation to fix, but do not change them.
 */
export const Reports: CollectionConfig = {
  slug: reportsSlug,
  labels: { singular: 'Report', plural: 'Reports' },
  // Open first, then the newest. Postgres sorts an enum column in the order its values are
  // declared (open, fixed, dismissed), not alphabetically.
  defaultSort: ['status', '-createdAt'],
  admin: {
    useAsTitle: 'wrong',
    defaultColumns: ['wrong', 'status', 'page', 'locale', 'createdAt'],
    group: 'Feedback',
    description: 'Readers’ reports of an outdated fact. Mark each fixed or dismissed.',
    components: {
      beforeListTable: ['@/reports/admin/StatusFilters#StatusFilters'],
    },
  },
  access: {
    read: editorOrTranslatorOfLocale,
    create: () => false,
    update: isEditor,
    delete: isAdmin,
  },
  endpoints: [submitReportEndpoint],
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: reportStatuses.map((value) => ({
        value,
        label: value[0].toUpperCase() + value.slice(1),
      })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'editorNote',
      label: 'Editor’s note',
      type: 'textarea',
      maxLength: 2000,
      admin: { position: 'sidebar' },
    },
    {
      name: 'page',
      type: 'relationship',
      relationTo: [...reportableCollections],
      required: true,
      index: true,
      access: asReported,
      admin: { readOnly: true },
    },
    {
      // The page's address as the reader saw it (its slug may change later).
      name: 'path',
      type: 'text',
      required: true,
      access: asReported,
      admin: { readOnly: true },
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      index: true,
      options: locales.map((value) => ({ value, label: localeInfo[value].label })),
      access: asReported,
      admin: { readOnly: true },
    },
    {
      name: 'wrong',
      label: 'What is wrong',
      type: 'textarea',
      required: true,
      maxLength: reportLimits.textLength,
      access: asReported,
      admin: { readOnly: true },
    },
    {
      name: 'right',
      label: 'What is right',
      type: 'textarea',
      maxLength: reportLimits.textLength,
      access: asReported,
      admin: { readOnly: true },
    },
  ],
}
