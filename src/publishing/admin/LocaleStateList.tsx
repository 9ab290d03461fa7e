'use client'
import { localeInfo, type Locale } from '@/i18n/locales'

import type { LocaleStatus } from '../localePublishStates'
import type { PublishStrings } from './strings'

const mark = { published: '●', pending: '◐', draft: '○', missing: '–' } as const

/** Each locale's publish state and who changed it, one line per locale. */
export function LocaleStateList({
  states,
  strings,
  language,
  current,
}: {
  states: LocaleStatus[]
  strings: PublishStrings
  language: string
  current?: Locale
}) {
  const when = (at: string) =>
    new Date(at).toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' })
  return (
    <ul className="locale-publish-states" aria-label={strings.languages}>
      {states.map((s) => (
        <li
          key={s.locale}
          data-locale={s.locale}
          data-state={s.state}
          style={{ fontWeight: s.locale === current ? 600 : undefined }}
        >
          <span aria-hidden="true">{mark[s.state]} </span>
          <span>{localeInfo[s.locale].label}</span>: <span>{strings.states[s.state]}</span>
          {s.at && s.state !== 'missing' ? (
            <span className="locale-publish-states__by">
              {' · '}
              {strings.by(s.by?.name || s.by?.email || strings.unknownEditor, when(s.at))}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
