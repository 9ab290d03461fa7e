'use client'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { TranslationStatus } from '@/payload-types'

import { StateBadges } from './StateBadges'
import { stateStrings } from './strings'

type Row = Pick<
  TranslationStatus,
  'locale' | 'state' | 'outdatedUnits' | 'missingUnits' | 'totalUnits'
>

/**
 * The document sidebar's "Translation" panel: per target locale its state and counts of
 * outdated and missing units, with "still correct: mark current" for an outdated one. Reads the
 * translation-status REST API as the signed-in user (translators see their own locales) and
 * again after every save.
 */
export function StatusSidebar() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = stateStrings(i18n.language)
  const [rows, setRows] = useState<Row[] | undefined>()
  const api = `${config.serverURL}${config.routes.api}`

  const [version, setVersion] = useState(0)

  useEffect(() => {
    if (!id || !collectionSlug) return
    let cancelled = false
    const keys = ['ru', 'en'].map((l) => `${collectionSlug}:${id}:${l}`).join(',')
    fetch(
      `${api}/translation-status?where[rowKey][in]=${encodeURIComponent(keys)}&sort=locale&depth=0`,
      { credentials: 'include' },
    )
      .then((response) => (response.ok ? (response.json() as Promise<{ docs: Row[] }>) : null))
      .then((body) => {
        if (!cancelled && body) setRows(body.docs)
      })
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [api, id, collectionSlug, lastUpdateTime, version])

  const confirm = async (locale: string) => {
    const response = await fetch(`${api}/translation-status/confirm`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ collection: collectionSlug, id: Number(id), locale }),
    })
    if (response.ok) setVersion((v) => v + 1)
  }

  if (!id) return null
  return (
    <div className="field-type" data-translation-sidebar style={{ marginBottom: 24 }}>
      <div className="field-label">{t.translation}</div>
      {rows === undefined ? null : rows.length === 0 ? (
        <p>{t.notRecorded}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.map((row) => (
            <li key={row.locale} data-locale={row.locale} style={{ marginBottom: 8 }}>
              <StateBadges rows={[row]} t={t} />{' '}
              <small>
                {t.outdatedUnits(row.outdatedUnits)} · {t.missingUnits(row.missingUnits)} ·{' '}
                {t.ofUnits(row.totalUnits)}
              </small>
              {row.state === 'outdated' ? (
                <div>
                  <Button
                    buttonStyle="secondary"
                    size="small"
                    onClick={() => void confirm(row.locale)}
                  >
                    {t.markCurrent}
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
