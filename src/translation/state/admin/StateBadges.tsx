import type { TranslationStatus } from '@/payload-types'

import type { StateStrings } from './strings'

const colours = {
  missing: { background: 'var(--theme-error-100)', color: 'var(--theme-error-800)' },
  outdated: { background: 'var(--theme-warning-100)', color: 'var(--theme-warning-800)' },
  current: { background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' },
} as const

type Row = Pick<TranslationStatus, 'locale' | 'state' | 'outdatedUnits' | 'missingUnits'>

/** One small badge per locale: "ru outdated", with the counts in its title. */
export function StateBadges({ rows, t }: { rows: Row[]; t: StateStrings }) {
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
      {rows.map((row) => (
        <span
          key={row.locale}
          data-translation-state={`${row.locale}:${row.state}`}
          title={`${t.outdatedUnits(row.outdatedUnits)}, ${t.missingUnits(row.missingUnits)}`}
          style={{
            ...colours[row.state],
            borderRadius: 3,
            padding: '0 6px',
            fontSize: 12,
            whiteSpace: 'nowrap',
          }}
        >
          {row.locale} {t[row.state]}
        </span>
      ))}
    </span>
  )
}
