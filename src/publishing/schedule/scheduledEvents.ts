import type { Payload, PayloadRequest, Where } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

/**
 * Scheduled publish and unpublish events: Payload's `schedulePublish` jobs in `payload-jobs`,
 * read and written here only. The jobs collection is closed to every API (Payload's default
 * access, kept), so these read and write it as the server, after the endpoints' checks.
 */
export const schedulePublishTask = 'schedulePublish'
export const jobsCollection = 'payload-jobs'

export type ScheduleType = 'publish' | 'unpublish'

export type ScheduledEvent = {
  id: number | string
  type: ScheduleType
  /** The language a publish publishes; an unpublish takes the whole document offline. */
  locale: Locale | null
  at: string
  /** Its time has come; the runner picks it up within a minute. */
  due: boolean
  /** Who scheduled it (the job runs as them). */
  by: number | string | null
  /** The run failed (the job's error is kept); it will not be tried again. */
  failed: string | null
}

type JobRow = {
  id: number | string
  waitUntil?: string | null
  hasError?: boolean | null
  error?: unknown
  input?: {
    type?: string
    locale?: string
    doc?: { relationTo?: string; value?: string }
    user?: { value?: number | string }
  } | null
}

/** Not yet run (pending or overdue), or run and failed. Completed jobs Payload deletes. */
const notCompleted: Where = { completedAt: { exists: false } }

const ofTask: Where = { taskSlug: { equals: schedulePublishTask } }

function eventOf(job: JobRow): ScheduledEvent {
  const input = job.input ?? {}
  return {
    id: job.id,
    type: input.type === 'unpublish' ? 'unpublish' : 'publish',
    locale: isLocale(input.locale) ? input.locale : null,
    at: job.waitUntil ?? '',
    due: Boolean(job.waitUntil && new Date(job.waitUntil).getTime() <= Date.now()),
    by: input.user?.value ?? null,
    failed: job.hasError ? errorText(job.error) : null,
  }
}

function errorText(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message)
  return typeof error === 'string' ? error : 'failed'
}

/** The not-completed events of documents of one collection, soonest first, by document id. */
export async function scheduledEventsOf(
  { payload, req }: { payload: Payload; req?: PayloadRequest },
  collection: string,
  ids?: (number | string)[],
): Promise<Map<string, ScheduledEvent[]>> {
  const and: Where[] = [ofTask, notCompleted, { 'input.doc.relationTo': { equals: collection } }]
  if (ids) and.push({ 'input.doc.value': { in: ids.map(String) } })
  const { docs } = await payload.find({
    collection: jobsCollection,
    where: { and },
    sort: 'waitUntil',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const byDocument = new Map<string, ScheduledEvent[]>()
  for (const job of docs as unknown as JobRow[]) {
    const key = String(job.input?.doc?.value ?? '')
    byDocument.set(key, [...(byDocument.get(key) ?? []), eventOf(job)])
  }
  return byDocument
}

export async function scheduledEventById(
  req: PayloadRequest,
  collection: string,
  docId: number | string,
  jobId: number | string,
): Promise<(ScheduledEvent & { processing: boolean }) | null> {
  const { docs } = await req.payload.find({
    collection: jobsCollection,
    where: {
      and: [
        ofTask,
        notCompleted,
        { id: { equals: jobId } },
        { 'input.doc.relationTo': { equals: collection } },
        { 'input.doc.value': { equals: String(docId) } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const job = docs[0] as unknown as (JobRow & { processing?: boolean }) | undefined
  return job ? { ...eventOf(job), processing: Boolean(job.processing) } : null
}

/** Queues the event, to run as `user` (who is checked again when it runs). */
export async function scheduleEvent(
  req: PayloadRequest,
  {
    collection,
    id,
    type,
    locale,
    at,
    user,
  }: {
    collection: string
    id: number | string
    type: ScheduleType
    locale: Locale | null
    at: Date
    user: User
  },
): Promise<ScheduledEvent> {
  const job = await req.payload.jobs.queue({
    task: schedulePublishTask,
    input: {
      type,
      ...(locale ? { locale } : {}),
      // Payload's task stores the document id as a string (#10481) and coerces it back.
      doc: { relationTo: collection, value: String(id) },
      user: { relationTo: 'users', value: user.id },
    },
    waitUntil: at,
    req,
  } as never)
  return eventOf(job as unknown as JobRow)
}

export async function cancelEvent(req: PayloadRequest, jobId: number | string) {
  await req.payload.delete({
    collection: jobsCollection,
    where: { and: [ofTask, { id: { equals: jobId } }, { processing: { equals: false } }] },
    overrideAccess: true,
    req,
  })
}
