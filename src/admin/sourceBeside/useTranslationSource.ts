'use client'
import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { TranslationSource } from './types'

/** The source language: nothing is shown beside its own fields. */
const sourceLocale = 'zh'

/**
 * One request per document, locale and saved version, shared by every field of the form (each
 * field's component asks; the first asks the server). A few recent documents are kept.
 */
const requests = new Map<string, Promise<TranslationSource | null>>()
const kept = 12

function request(url: string): Promise<TranslationSource | null> {
  const known = requests.get(url)
  if (known) return known
  const pending = fetch(url, { credentials: 'include', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? (response.json() as Promise<TranslationSource>) : null))
    .catch(() => null)
  requests.set(url, pending)
  if (requests.size > kept) requests.delete(requests.keys().next().value as string)
  return pending
}

/**
 * The zh source of the document being edited, for the locale being edited; `undefined` while
 * it loads and on the source locale itself or a document not saved yet, `null` if it failed.
 */
export function useTranslationSource(): TranslationSource | null | undefined {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { code } = useLocale()
  const { config } = useConfig()
  const version = String((savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt ?? '')
  const url =
    id !== undefined && id !== null && collectionSlug && code && code !== sourceLocale
      ? `${config.serverURL}${config.routes.api}/translation-source?${new URLSearchParams({
          collection: collectionSlug,
          id: String(id),
          locale: code,
          v: version,
        })}`
      : undefined
  const [loaded, setLoaded] = useState<{ url: string; source: TranslationSource | null }>()
  useEffect(() => {
    if (!url) return
    let current = true
    void request(url).then((source) => {
      if (current) setLoaded({ url, source })
    })
    return () => {
      current = false
    }
  }, [url])
  return url && loaded?.url === url ? loaded.source : undefined
}
