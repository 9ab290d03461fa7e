'use client'
import { localeInfo, type Locale } from '@/i18n/locales'

import type { LocaleStatus } from '../localePublishStates'
import type { PublishStrings } from './strings'

const mark = { published: '●', pending: '◐', draft: '○', missing: '–' } as const

/**
 * Each locale's publish state and who changed it, one line per locale; `compact`, one line in
 * all (the language and its mark, the rest in the line's title) for the edit view's status bar.
 */
export function LocaleStateList({
  states,
  strings,
  language,
  current,
  compact = false,
}: {
  states: LocaleStatus[]
  strings: PublishStrings
  language: string
  current?: Locale
  compact?: boolean
}) {
  const when = (at: string) =>
    new Date(at).toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' })
  const who = (s: LocaleStatus) =>
    s.at && s.state !== 'missing'
      ? strings.by(s.by?.name || s.by?.email || strings.unknownEditor, when(s.at))
      : null
  return (
    <ul
      className="locale-publish-states"
      aria-label={strings.languages}
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 0,
        display: compact ? 'flex' : 'block',
        flexWrap: 'wrap',
        gap: '0 0.9em',
      }}
    >
      {states.map((s) => (
        <li
          key={s.locale}
          data-locale={s.locale}
          data-state={s.state}
          title={
            compact ? [strings.states[s.state], who(s)].filter(Boolean).join(' · ') : undefined
          }
          style={{
            fontWeight: s.locale === current ? 600 : undefined,
            margin: compact ? 0 : '0.2em 0',
          }}
        >
          <span aria-hidden="true">{mark[s.state]} </span>
          <span>{localeInfo[s.locale].label}</span>
          {compact ? (
            s.state === 'pending' || s.state === 'draft' ? (
              <span>: {strings.waiting[s.state]}</span>
            ) : null
          ) : (
            <>
              : <span>{strings.states[s.state]}</span>
              {who(s) ? <span className="locale-publish-states__by"> · {who(s)}</span> : null}
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
