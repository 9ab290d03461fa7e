import { getTranslations } from 'next-intl/server'

import type { ReportableCollection } from '@/content/reportableCollections'
import type { Locale } from '@/i18n/locales'
import {
  honeypotField,
  reportOutcomeAnchor,
  reportOutcomes,
  reportSubmitPath,
} from '@/reports/formProtocol'
import { reportLimits } from '@/reports/reportLimits'

/**
 * "Report an outdated fact" at the foot of a guide, carrier or channel page: a plain HTML form
 * that works without JavaScript. The endpoint answers with a 303 back to this page and a
 * fragment naming the outcome; the message with that id is shown by CSS (`:target`), so the
 * page itself stays the same cached document for everyone. No script, no login, no email.
 */
export async function ReportForm({
  collection,
  id,
  locale,
}: {
  collection: ReportableCollection
  id: number
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: 'report' })
  const max = reportLimits.textLength
  return (
    <section className="report" aria-labelledby="report-heading">
      {reportOutcomes.map((outcome) => (
        <p
          key={outcome}
          id={reportOutcomeAnchor(outcome)}
          className={`report-outcome report-outcome--${outcome}`}
          role={outcome === 'sent' ? 'status' : 'alert'}
          tabIndex={-1}
        >
          {t(outcome, { max })}
        </p>
      ))}
      <details>
        <summary id="report-heading">{t('title')}</summary>
        <form method="post" action={reportSubmitPath} className="report-form">
          <p className="muted">{t('intro')}</p>
          <input type="hidden" name="collection" value={collection} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor="report-wrong">{t('wrong')}</label>
          <textarea id="report-wrong" name="wrong" required maxLength={max} rows={3} />
          <label htmlFor="report-right">{t('right')}</label>
          <textarea id="report-right" name="right" maxLength={max} rows={2} />
          <p className="muted">{t('hint', { max })}</p>
          {/* The honeypot: off-screen, out of the tab order and hidden from screen readers. */}
          <div className="report-honeypot" aria-hidden="true">
            <label htmlFor="report-website">{t('honeypot')}</label>
            <input
              id="report-website"
              type="text"
              name={honeypotField}
              tabIndex={-1}
              autoComplete="off"
              defaultValue=""
            />
          </div>
          <button type="submit">{t('submit')}</button>
        </form>
      </details>
    </section>
  )
}
