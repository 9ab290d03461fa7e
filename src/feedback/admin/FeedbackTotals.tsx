import type { ServerFieldBase } from 'payload'

import { isFeedbackCollection } from '@/content/publicCollections'
import { inAdminLanguage } from '@/i18n/admin/languages'
import { localeInfo, locales } from '@/i18n/locales'
import { readFeedbackTotals } from '@/lib/queries/feedbackTotals'

import { feedbackStrings as strings } from './strings'

/**
 * The "Feedback" panel of a guide or FAQ: readers' helpful / not helpful answers per locale and
 * in total, read-only. A server component of a `ui` field (it stores nothing): the counts are
 * read as the signed-in user, and votes are staff-only on the server.
 */
export async function FeedbackTotals({ id, collectionSlug, req, i18n }: ServerFieldBase) {
  const t = (key: keyof typeof strings) => inAdminLanguage(strings[key], i18n.language)
  if (!isFeedbackCollection(collectionSlug)) return null
  if (id === undefined || id === null || id === '') {
    return (
      <div className="field-type" data-feedback-totals="unsaved">
        <div className="field-label">{t('title')}</div>
        <p>{t('notSaved')}</p>
      </div>
    )
  }
  const { perLocale, total } = await readFeedbackTotals(req, collectionSlug, id)
  const cell = { padding: '4px 16px 4px 0', textAlign: 'start' as const }
  return (
    <div className="field-type" data-feedback-totals={collectionSlug} style={{ marginBottom: 24 }}>
      <div className="field-label">{t('title')}</div>
      <p style={{ marginTop: 0 }}>{t('intro')}</p>
      <table style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cell}>{t('locale')}</th>
            <th style={cell}>{t('helpful')}</th>
            <th style={cell}>{t('notHelpful')}</th>
          </tr>
        </thead>
        <tbody>
          {locales.map((locale) => (
            <tr key={locale} data-locale={locale}>
              <th scope="row" style={cell}>
                {localeInfo[locale].label}
              </th>
              <td style={cell} data-helpful={perLocale[locale].helpful}>
                {perLocale[locale].helpful}
              </td>
              <td style={cell} data-not-helpful={perLocale[locale].notHelpful}>
                {perLocale[locale].notHelpful}
              </td>
            </tr>
          ))}
          <tr data-locale="total">
            <th scope="row" style={cell}>
              {t('total')}
            </th>
            <td style={cell} data-helpful={total.helpful}>
              {total.helpful}
            </td>
            <td style={cell} data-not-helpful={total.notHelpful}>
              {total.notHelpful}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  )
}
