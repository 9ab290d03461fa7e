import type { CollectionConfig } from 'payload'

/**
 * The edit view's publish button and status for a collection whose languages are published one
 * by one (guides, FAQs): ours, in place of Payload's (see `admin/PublishControls.tsx`).
 */
export const publishControls: NonNullable<
  NonNullable<NonNullable<CollectionConfig['admin']>['components']>['edit']
> = {
  PublishButton: '/publishing/admin/PublishControls#PublishControls',
  Status: '/publishing/admin/LocaleStatuses#LocaleStatuses',
}
