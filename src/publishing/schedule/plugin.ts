import type { CollectionConfig, Config, Plugin } from 'payload'

import { checkRole } from '@/access/checkRole'
import { draftsIn } from '@/content/derivedFromConfig'
import type { User } from '@/payload-types'

import { carriesRunnerToken } from './runner/runnerToken'
import { scheduleEndpoints } from './scheduleEndpoints'

/** The list column and field name of the scheduled events. */
export const scheduledColumn = 'scheduled'

const isAdminUser = ({ req }: { req: { user?: unknown } }) =>
  checkRole(['admin'], req.user as User | null)

/**
 * Scheduled publish and unpublish for every collection whose `versions` give it drafts (read
 * from the config, so a collection that gets drafts gets this too): Payload's `schedulePublish`
 * (its jobs-queue task), our schedule endpoints (`scheduleEndpoints`) and a "Scheduled" list
 * column. The queue is run by the server itself (`runner/jobRunner.ts`).
 *
 * Payload lets any signed-in user run, queue and cancel jobs by default; here running the queue
 * over HTTP is for the server's own runner (its per-process token) and admins, queueing and
 * cancelling through Payload's API for admins (editors and translators schedule through our
 * endpoints, which check who may). The `payload-jobs` collection keeps Payload's closed access
 * (no REST or GraphQL reads or writes for anyone).
 */
export const scheduledPublishing: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    draftsIn(collection.versions) ? withSchedule(collection) : collection,
  ),
  jobs: {
    ...config.jobs,
    access: {
      run: ({ req }) => carriesRunnerToken(req.headers) || isAdminUser({ req }),
      queue: isAdminUser,
      cancel: isAdminUser,
      ...config.jobs?.access,
    },
  },
})

function withSchedule(collection: CollectionConfig): CollectionConfig {
  const versions = collection.versions as Exclude<CollectionConfig['versions'], boolean | undefined>
  const drafts = typeof versions.drafts === 'object' ? versions.drafts : {}
  const defaultColumns = collection.admin?.defaultColumns
  return {
    ...collection,
    versions: { ...versions, drafts: { ...drafts, schedulePublish: true } },
    admin: {
      ...collection.admin,
      ...(defaultColumns ? { defaultColumns: [...defaultColumns, scheduledColumn] } : {}),
    },
    endpoints: [...(collection.endpoints || []), ...scheduleEndpoints(collection.slug)],
    fields: [
      ...collection.fields,
      {
        name: scheduledColumn,
        type: 'ui',
        label: 'Scheduled',
        admin: {
          components: {
            Field: false,
            Cell: '/publishing/schedule/admin/ScheduledCell#ScheduledCell',
          },
        },
      },
    ],
  }
}
