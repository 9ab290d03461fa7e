import type { DefaultServerCellComponentProps, Payload } from 'payload'
import { cache } from 'react'

import { localeInfo } from '@/i18n/locales'

import { scheduledEventsOf } from '../scheduledEvents'
import { scheduleStrings } from './strings'

/** One query per list render for the whole collection's pending events, not one per row. */
const eventsOfCollection = cache((payload: Payload, collection: string) =>
  scheduledEventsOf({ payload }, collection),
)

/**
 * The list views' "Scheduled" column: the row's pending publish/unpublish events, soonest first
 * (failed ones marked). A server component.
 */
export async function ScheduledCell({
  rowData,
  collectionSlug,
  payload,
  i18n,
}: DefaultServerCellComponentProps) {
  const id = rowData?.id
  if (typeof id !== 'number' && typeof id !== 'string') return null
  const events = (await eventsOfCollection(payload, collectionSlug)).get(String(id)) ?? []
  if (events.length === 0) return null
  const t = scheduleStrings(i18n?.language)
  // Rendered on the server: its time zone, named.
  const when = new Intl.DateTimeFormat(i18n?.language ?? 'en', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  })
  return (
    <ul className="scheduled-cell" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {events.map((event) => (
        <li
          key={event.id}
          data-scheduled={event.type}
          style={event.failed ? { color: 'var(--theme-error-500)' } : undefined}
        >
          {event.type === 'publish' && event.locale
            ? t.publishPart(localeInfo[event.locale].label)
            : t.unpublishPart}
          {' · '}
          <time dateTime={event.at}>{when.format(new Date(event.at))}</time>
          {event.failed ? ` · ${t.failed(event.failed)}` : null}
        </li>
      ))}
    </ul>
  )
}
