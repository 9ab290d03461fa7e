'use client'
/**
 * Above the glossary's list: "Export TBX" (a download of GET /api/glossary/tbx, for all staff)
 * and, for editors, "Import TBX…" (the chosen file POSTed as is; a refused file's problems are
 * listed and nothing is written).
 */
import { Button, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'

import type { User } from '@/payload-types'

import { glossaryMessages } from './messages'

type Outcome = { ok: boolean; lines: string[] }

export function TbxButtons() {
  const { user } = useAuth<User>()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const input = useRef<HTMLInputElement>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const t = glossaryMessages(i18n.language)
  const mayImport = user?.role === 'admin' || user?.role === 'editor'

  async function upload(file: File) {
    const response = await fetch(`${api}/glossary/tbx`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/xml' },
      body: await file.text(),
    })
    const json = (await response.json().catch(() => ({}))) as {
      created?: number
      updated?: number
      problems?: { entry?: string; message: string }[]
      errors?: { message: string }[]
    }
    if (response.ok) {
      setOutcome({ ok: true, lines: [t.imported(json.created ?? 0, json.updated ?? 0)] })
      router.refresh()
    } else {
      const problems = json.problems?.map((p) => (p.entry ? `${p.entry}: ${p.message}` : p.message))
      setOutcome({
        ok: false,
        lines: [t.refused, ...(problems ?? json.errors?.map((e) => e.message) ?? [])],
      })
    }
  }

  return (
    <div style={{ marginBottom: '1rem' }}>
      <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center' }}>
        <Button el="anchor" url={`${api}/glossary/tbx`} buttonStyle="secondary" size="small">
          {t.exportTbx}
        </Button>
        {mayImport && (
          <>
            <Button buttonStyle="secondary" size="small" onClick={() => input.current?.click()}>
              {t.importTbx}
            </Button>
            <input
              ref={input}
              type="file"
              accept=".tbx,.xml,application/xml,text/xml"
              hidden
              data-testid="tbx-file"
              onChange={(event) => {
                const file = event.target.files?.[0]
                event.target.value = ''
                if (file) void upload(file)
              }}
            />
          </>
        )}
      </div>
      {outcome && (
        <ul role="status" style={{ color: outcome.ok ? undefined : 'var(--theme-error-500)' }}>
          {outcome.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
