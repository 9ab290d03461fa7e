import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { factsAge } from '@/content/factsStaleness'
import type { Locale } from '@/i18n/locales'

import { checkedDate } from './SourceLine'

type Props = {
  locale: Locale
  verifiedOn: string | null | undefined
  /** The line to show instead of "not verified yet" when there is no date (a guide's "Updated …"). */
  otherwise?: ReactNode
}

/**
 * "Last verified on …" under a guide's, carrier's or channel's facts and, when that is longer
 * ago than the limit (or never), a neutral note to confirm with the carrier. Staleness is judged
 * at render (`factsAge`, today's date), not stored with the cached data; the pages showing it
 * render again at least hourly (`revalidate`), so a cached page turns stale the day it should.
 */
export async function FactsVerified({ locale, verifiedOn, otherwise }: Props) {
  const t = await getTranslations({ locale, namespace: 'facts' })
  const age = factsAge(verifiedOn)
  return (
    <>
      <p className="meta" data-facts-verified={verifiedOn ?? ''}>
        {verifiedOn
          ? t('lastVerifiedOn', { date: await checkedDate(locale, verifiedOn) })
          : (otherwise ?? t('neverVerified'))}
      </p>
      {age.stale && (
        <p className="callout callout-note" data-stale-facts={age.days ?? 'never'}>
          {age.days === null
            ? t('confirmNoticeNever')
            : t('confirmNotice', { days: age.limitDays })}
        </p>
      )}
    </>
  )
}
