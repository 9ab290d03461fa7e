import { factsAge } from '@/content/factsStaleness'
import { inAdminLanguage } from '@/i18n/admin/languages'

import { daysAgo, staleFactsStrings as strings } from './strings'
import './styles.css'

/** A verified day in the admin's language, in UTC (it is stored as midnight UTC). */
export const adminDate = (value: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(value),
  )

/**
 * A document's "facts verified on" as the admin shows it: the day, and when it is past the limit
 * or empty, a "needs checking" mark with its age. Used by the list column and the dashboard panel.
 */
export function FactsAge({
  verifiedOn,
  language,
}: {
  verifiedOn: string | null | undefined
  language: string
}) {
  const age = factsAge(verifiedOn)
  if (age.days === null) {
    return (
      <span className="facts-age facts-age--stale" data-facts-age="never">
        <span className="facts-age__mark">{inAdminLanguage(strings.neverVerified, language)}</span>
      </span>
    )
  }
  const ago = inAdminLanguage(daysAgo, language)(age.days)
  return (
    <span
      className={age.stale ? 'facts-age facts-age--stale' : 'facts-age'}
      data-facts-age={age.stale ? 'stale' : 'fresh'}
      data-days={age.days}
    >
      <time dateTime={verifiedOn ?? undefined}>{adminDate(verifiedOn as string, language)}</time>
      {age.stale ? (
        <>
          {' '}
          <span className="facts-age__mark">
            {inAdminLanguage(strings.needsChecking, language)} · {ago}
          </span>
        </>
      ) : null}
    </span>
  )
}
