import type { Payload, ServerProps } from 'payload'

import type { User } from '@/payload-types'

import { translationProgress } from '../dashboard'
import { stateStrings } from './strings'
import { translationsPath } from './TranslationsView'

/** Above the admin dashboard: per locale, missing and outdated documents, and the link to the dashboard. */
export async function TranslationsSummary({ payload, user, i18n }: ServerProps) {
  if (!user || !payload) return null
  const t = stateStrings(i18n?.language)
  const progress = await translationProgress(payload as Payload, user as User, { worklist: false })
  if (progress.length === 0) return null
  const href = `${payload.config.routes.admin}${translationsPath}`
  return (
    <div data-translations-summary style={{ marginBottom: 32 }}>
      <h2>{t.dashboardTitle}</h2>
      <ul style={{ paddingLeft: 18 }}>
        {progress.map((p) => {
          const missing = p.collections.reduce((n, c) => n + c.missing, 0)
          const outdated = p.collections.reduce((n, c) => n + c.outdated, 0)
          return (
            <li key={p.locale} data-locale={p.locale}>
              {p.locale}: {t.outdated} {outdated} · {t.missing} {missing}
            </li>
          )
        })}
      </ul>
      <a href={href}>{t.openDashboard}</a>
    </div>
  )
}
