import type { CollectionConfig } from 'payload'

/**
 * The edit view's publish button and status for a collection whose languages are published one
 * by one (every public collection with drafts): ours, in place of Payload's (see
 * `admin/PublishControls.tsx`), and the discarding of an abandoned new document
 * (`admin/DiscardWhenAbandoned.tsx`).
 */
export const publishControls: NonNullable<
  NonNullable<NonNullable<CollectionConfig['admin']>['components']>['edit']
> = {
  PublishButton: '/publishing/admin/PublishControls#PublishControls',
  Status: '/publishing/admin/LocaleStatuses#LocaleStatuses',
  beforeDocumentControls: ['/publishing/admin/DiscardWhenAbandoned#DiscardWhenAbandoned'],
}
