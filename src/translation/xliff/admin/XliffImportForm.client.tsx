'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { useState, type FormEvent } from 'react'

import { xliffMessages } from './messages'

type Outcome =
  | { ok: true; written: number; unchanged: number; warnings: string[] }
  | { ok: false; problems: string[] }

/** Sends the chosen file to POST /api/xliff/import (the session cookie) and shows the answer. */
export function XliffImportForm({ apiRoute }: { apiRoute: string }) {
  const { i18n } = useTranslation()
  const t = xliffMessages(i18n.language)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const file = new FormData(event.currentTarget).get('file')
    if (!(file instanceof File) || !file.size) return
    setBusy(true)
    setOutcome(null)
    try {
      const response = await fetch(`${apiRoute}/xliff/import`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/xliff+xml' },
        body: await file.text(),
      })
      const json = await response.json()
      setOutcome(
        response.ok
          ? {
              ok: true,
              written: json.written?.length ?? 0,
              unchanged: json.unchangedUnits ?? 0,
              warnings: json.warnings ?? [],
            }
          : {
              ok: false,
              problems: (json.errors ?? []).map((e: { message: string }) => e.message),
            },
      )
    } catch (error) {
      setOutcome({ ok: false, problems: [(error as Error).message] })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} data-testid="xliff-import">
      <p>
        <label>
          {t.file} <input type="file" name="file" accept=".xlf,.xliff,.xml" required />
        </label>
      </p>
      <Button type="submit" disabled={busy}>
        {busy ? t.importing : t.importButton}
      </Button>
      {outcome?.ok === false && (
        <div role="alert" data-testid="xliff-import-problems">
          <p>{t.refused}</p>
          <ul>
            {outcome.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.ok && (
        <div role="status" data-testid="xliff-import-result">
          <p>
            {t.imported} {t.written}: {outcome.written} · {t.unchanged}: {outcome.unchanged}
          </p>
          {outcome.warnings.length > 0 && (
            <>
              <p>{t.warnings}</p>
              <ul>
                {outcome.warnings.map((warning, i) => (
                  <li key={i}>{warning}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  )
}
