'use client'
import { Button, Drawer, Gutter, toast, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { localeInfo, type Locale } from '@/i18n/locales'

import type { ScheduledEvent, ScheduleType } from '../scheduledEvents'
import { scheduleStrings } from './strings'

export const scheduleDrawerSlug = 'schedule-publish-locale'

type Props = {
  /** `/api/{collection}/:id/schedule` */
  url: string
  events: ScheduledEvent[] | null
  /** The languages this user may schedule a publish of (the one being edited first). */
  publishable: Locale[]
  mayUnpublish: boolean
  /** Which events this user may cancel. */
  mayCancel: (event: ScheduledEvent) => boolean
  /** Reads the events again after a change. */
  refresh: () => void
}

/** Payload's input look, for the drawer's two native inputs. */
const inputStyle: React.CSSProperties = {
  padding: '0.5rem 0.75rem',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s)',
  background: 'var(--theme-input-bg)',
  color: 'var(--theme-elevation-800)',
  font: 'inherit',
}

/** `<input type="datetime-local">`'s value for a moment, in the browser's time zone. */
function localInputValue(date: Date) {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/**
 * The publish menu's "Schedule…" drawer: schedule publishing one language (or, for editors,
 * unpublishing the document) at a date and time in the browser's time zone, and the pending
 * events with "Cancel". Through `/api/{collection}/:id/schedule`, which applies the same rules.
 */
export function ScheduleDrawer({
  url,
  events,
  publishable,
  mayUnpublish,
  mayCancel,
  refresh,
}: Props) {
  const { i18n } = useTranslation()
  const t = scheduleStrings(i18n.language)
  const [choice, setChoice] = useState<string>(
    publishable[0] ? `publish:${publishable[0]}` : 'unpublish',
  )
  const [at, setAt] = useState(() => localInputValue(new Date(Date.now() + 60 * 60 * 1000)))
  const [busy, setBusy] = useState(false)
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })

  const messageOf = async (response: Response) => {
    const body = (await response.json().catch(() => null)) as {
      errors?: { message?: string }[]
    } | null
    return body?.errors?.[0]?.message ?? String(response.status)
  }

  const add = async () => {
    const date = new Date(at)
    const [type, locale] = choice.split(':') as [ScheduleType, Locale | undefined]
    setBusy(true)
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type, locale, at: date.toISOString() }),
    })
    setBusy(false)
    if (!response.ok) {
      toast.error(`${t.error}: ${await messageOf(response)}`)
      return
    }
    refresh()
  }

  const cancel = async (event: ScheduledEvent) => {
    const response = await fetch(`${url}/${event.id}`, { method: 'DELETE', credentials: 'include' })
    if (!response.ok) toast.error(await messageOf(response))
    refresh()
  }

  return (
    <Drawer slug={scheduleDrawerSlug} title={t.title} gutter={false}>
      <Gutter>
        <div
          className="schedule-locale"
          style={{ display: 'grid', gap: '1rem', maxWidth: '32rem', paddingBlock: '1rem' }}
        >
          <label style={{ display: 'grid', gap: '0.25rem' }}>
            <span>{t.action}</span>
            <select
              name="schedule-type"
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
              style={inputStyle}
            >
              {publishable.map((locale) => (
                <option key={locale} value={`publish:${locale}`}>
                  {t.publishLocale(localeInfo[locale].label)}
                </option>
              ))}
              {mayUnpublish ? <option value="unpublish">{t.unpublish}</option> : null}
            </select>
          </label>
          <label style={{ display: 'grid', gap: '0.25rem' }}>
            <span>{t.at(Intl.DateTimeFormat().resolvedOptions().timeZone)}</span>
            <input
              style={inputStyle}
              name="schedule-at"
              type="datetime-local"
              value={at}
              step={60}
              onChange={(e) => setAt(e.target.value)}
            />
          </label>
          <div>
            <Button
              id="schedule-add"
              buttonStyle="primary"
              disabled={busy || !at}
              onClick={() => void add()}
            >
              {t.add}
            </Button>
          </div>
          <h4 style={{ margin: 0 }}>{t.upcoming}</h4>
          {events && events.length === 0 ? <p>{t.none}</p> : null}
          <ul
            className="schedule-events"
            style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.5rem' }}
          >
            {(events ?? []).map((event) => {
              return (
                <li
                  key={event.id}
                  data-scheduled={event.type}
                  style={{ display: 'flex', gap: '1rem', alignItems: 'center' }}
                >
                  <span>
                    {event.type === 'publish' && event.locale
                      ? t.publishPart(localeInfo[event.locale].label)
                      : t.unpublishPart}
                    {' · '}
                    <time dateTime={event.at}>{when.format(new Date(event.at))}</time>
                    {event.failed
                      ? ` · ${t.failed(event.failed)}`
                      : event.due
                        ? ` · ${t.overdue}`
                        : null}
                  </span>
                  {mayCancel(event) ? (
                    <Button
                      buttonStyle="secondary"
                      size="small"
                      margin={false}
                      onClick={() => void cancel(event)}
                    >
                      {t.cancel}
                    </Button>
                  ) : null}
                </li>
              )
            })}
          </ul>
        </div>
      </Gutter>
    </Drawer>
  )
}
