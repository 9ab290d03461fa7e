'use client'
/**
 * The glossary in the sidebar of a guide, FAQ, carrier or channel edited in ru or en: the
 * terms the zh source uses with their rendering here, and, after each save, the terminology
 * warnings for what was saved (also a toast). It reads GET /api/glossary/check.
 */
import {
  toast,
  useConfig,
  useDocumentEvents,
  useDocumentInfo,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import type { GlossaryCheck, GlossaryProblem } from '../check'
import { glossaryMessages } from './messages'

type State = { status: 'loading' } | { status: 'failed' } | { status: 'done'; check: GlossaryCheck }

export function GlossaryPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const { mostRecentUpdate } = useDocumentEvents()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const t = glossaryMessages(i18n.language)
  const [state, setState] = useState<State>({ status: 'loading' })
  const lastSave = useRef<string | undefined>(undefined)
  const lastProblems = useRef<string | undefined>(undefined)

  const savedAt =
    mostRecentUpdate && String(mostRecentUpdate.id) === String(id)
      ? String(mostRecentUpdate.updatedAt)
      : undefined
  const active = Boolean(id && collectionSlug && locale && locale !== 'zh')

  useEffect(() => {
    if (!active) return
    const controller = new AbortController()
    const afterSave = savedAt !== undefined && savedAt !== lastSave.current
    lastSave.current = savedAt
    const params = new URLSearchParams({
      collection: String(collectionSlug),
      id: String(id),
      locale: String(locale),
    })
    fetch(`${api}/glossary/check?${params}`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status))
        const check = (await response.json()) as GlossaryCheck
        setState({ status: 'done', check })
        // Guides and FAQs autosave every few seconds: a toast only when a save changed the
        // warnings, not for every autosave that leaves them as they were.
        const signature = check.problems.map((p) => p.message).join('\n')
        const changed = signature !== lastProblems.current
        lastProblems.current = signature
        if (afterSave && changed && check.problems.length)
          toast.warning(t.toast(check.problems.length))
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed' })
        return error
      })
    return () => controller.abort()
    // `t` follows the language, which does not change while a document is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, api, collectionSlug, id, locale, savedAt])

  if (!active) return null
  return (
    <section className="glossary-panel" data-testid="glossary-panel" lang={i18n.language}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{t.title}</h4>
      {state.status === 'loading' && <p>{t.loading}</p>}
      {state.status === 'failed' && <p>{t.failed}</p>}
      {state.status === 'done' && <Findings check={state.check} t={t} />}
    </section>
  )
}

/** One line per finding (kind, concept, term), naming every unit it occurs in, in order. */
function groupProblems(problems: GlossaryProblem[]) {
  const groups = new Map<string, { first: GlossaryProblem; labels: string[] }>()
  for (const problem of problems) {
    const key = `${problem.kind}:${problem.concept}:${problem.term}`
    const group = groups.get(key) ?? { first: problem, labels: [] }
    group.labels.push(problem.label)
    groups.set(key, group)
  }
  return [...groups.values()]
}

function Findings({ check, t }: { check: GlossaryCheck; t: ReturnType<typeof glossaryMessages> }) {
  const { hints, problems } = check
  return (
    <>
      {hints.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p style={{ margin: '0 0 0.25rem' }}>{t.intro}</p>
          <ul data-testid="glossary-hints" style={{ margin: 0, paddingInlineStart: '1.1rem' }}>
            {hints.map((hint) => (
              <li key={hint.concept} title={hint.note}>
                <span lang="zh-Hans">{hint.source}</span> →{' '}
                {hint.preferred ? (
                  <strong lang={check.locale}>{hint.preferred}</strong>
                ) : (
                  <em>{t.noRendering}</em>
                )}
                {hint.admitted.length > 0 && (
                  <span lang={check.locale}>
                    {' '}
                    ({t.alsoOk}: {hint.admitted.join(', ')})
                  </span>
                )}
                {hint.forbidden.length > 0 && (
                  <span lang={check.locale}>
                    {' '}
                    ({t.notUse}: <s>{hint.forbidden.join(', ')}</s>)
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <h5 style={{ margin: '0.75rem 0 0.25rem' }}>{t.warningsTitle}</h5>
      {problems.length === 0 ? (
        <p data-testid="glossary-ok">{t.warningsNone}</p>
      ) : (
        <ul
          data-testid="glossary-warnings"
          role="status"
          style={{ margin: 0, paddingInlineStart: '1.1rem', color: 'var(--theme-warning-750)' }}
        >
          {groupProblems(problems).map(({ first, labels }) => (
            <li key={`${first.kind}:${first.concept}:${first.term}`}>
              {first.kind === 'missing'
                ? t.missing(first.term, first.preferred ?? '')
                : t.forbidden(first.term, first.preferred)}{' '}
              {labels.join(', ')}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
