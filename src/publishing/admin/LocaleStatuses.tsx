'use client'
import { useLocale, useTranslation } from '@payloadcms/ui'

import { isLocale } from '@/i18n/locales'

import { LocaleStateList } from './LocaleStateList'
import { publishStrings } from './strings'
import { useLocaleStates } from './useLocaleStates'

/**
 * The document's status in the edit view, per language, in place of Payload's single status
 * ("Changed" said nothing about which language had a draft or whose it was).
 */
export function LocaleStatuses() {
  const { states } = useLocaleStates()
  const { code } = useLocale()
  const { i18n } = useTranslation()
  if (!states) return null
  return (
    <div className="locale-statuses" style={{ fontSize: '0.85em', lineHeight: 1.35 }}>
      <LocaleStateList
        states={states.locales}
        strings={publishStrings(i18n.language)}
        language={i18n.language}
        current={isLocale(code) ? code : undefined}
        compact
      />
    </div>
  )
}
