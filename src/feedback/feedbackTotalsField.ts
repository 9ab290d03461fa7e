import type { UIField } from 'payload'

/**
 * Readers' "Was this helpful?" totals on a guide's or FAQ's edit view, read-only (a `ui` field:
 * nothing stored, nothing in the API). It replaced a join field that listed raw `false` rows
 * with an "Add new" button.
 */
export const feedbackTotalsField = (): UIField => ({
  name: 'feedback',
  type: 'ui',
  admin: {
    components: { Field: '@/feedback/admin/FeedbackTotals#FeedbackTotals' },
    disableListColumn: true,
  },
})
