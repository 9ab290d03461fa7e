'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useCallback, useEffect, useState } from 'react'

import type { PublishStates } from '../localePublishStates'

/**
 * The open document's per-locale publish states (`GET /api/{collection}/:id/locale-states`),
 * read again after every save the edit view records (`lastUpdateTime`) and on `refresh()`.
 */
export function useLocaleStates() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [states, setStates] = useState<PublishStates | null>(null)
  const [tick, setTick] = useState(0)

  useEffect(() => {
    if (id === undefined || !collectionSlug) return
    const controller = new AbortController()
    const url = formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}/locale-states` })
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: PublishStates | null) => setStates(body?.locales ? body : null))
      .catch(() => undefined) // aborted, or offline: the controls keep what they showed
    return () => controller.abort()
  }, [api, collectionSlug, id, lastUpdateTime, tick])

  const refresh = useCallback(() => setTick((n) => n + 1), [])
  return { states: id === undefined ? null : states, refresh }
}
