import { localeInfo } from '@/i18n/locales'

import type { LocaleProgress } from '../dashboard'
import type { StateStrings } from './strings'

/** Per collection: missing, outdated and current documents with a completion bar. */
export function ProgressTable({ progress, t }: { progress: LocaleProgress; t: StateStrings }) {
  return (
    <table
      data-progress-locale={progress.locale}
      style={{ width: '100%', borderCollapse: 'collapse' }}
    >
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>
        {localeInfo[progress.locale].label} ({progress.locale})
      </caption>
      <thead>
        <tr style={{ textAlign: 'left' }}>
          <th>{t.collection}</th>
          <th>{t.headers.missing}</th>
          <th>{t.headers.outdated}</th>
          <th>{t.headers.current}</th>
          <th style={{ width: '35%' }} />
        </tr>
      </thead>
      <tbody>
        {progress.collections.map((c) => {
          const done = c.total === 0 ? 100 : Math.round((c.current / c.total) * 100)
          return (
            <tr key={c.collection} data-collection={c.collection}>
              <td>{t.collections[c.collection]}</td>
              <td data-count="missing">{c.missing}</td>
              <td data-count="outdated">{c.outdated}</td>
              <td data-count="current">
                {c.current} / {c.total}
              </td>
              <td>
                <div
                  role="progressbar"
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={done}
                  aria-label={`${t.collections[c.collection]} ${progress.locale}`}
                  style={{ background: 'var(--theme-elevation-100)', height: 10, borderRadius: 5 }}
                >
                  <div
                    style={{
                      width: `${done}%`,
                      height: '100%',
                      borderRadius: 5,
                      background: 'var(--theme-success-500)',
                    }}
                  />
                </div>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
