'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useCallback, useEffect, useState } from 'react'

import type { ScheduledEvent } from '../scheduledEvents'

/**
 * The open document's pending scheduled events (`GET /api/{collection}/:id/schedule`), read again
 * after every save the edit view records and on `refresh()`; `url` is null for a new document.
 */
export function useScheduledEvents() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const url =
    collectionSlug && id !== undefined
      ? formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}/schedule` })
      : null
  const [events, setEvents] = useState<ScheduledEvent[] | null>(null)
  const [tick, setTick] = useState(0)

  useEffect(() => {
    if (!url) return
    const controller = new AbortController()
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { events?: ScheduledEvent[] } | null) => setEvents(body?.events ?? null))
      .catch(() => undefined) // aborted, or offline: keep what was shown
    return () => controller.abort()
  }, [url, lastUpdateTime, tick])

  const refresh = useCallback(() => setTick((n) => n + 1), [])
  return { url, events: url ? events : null, refresh }
}
