import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

/**
 * Shown above a page whose document has no translation in the reader's locale, saying which
 * language the text below really is in (`source`, usually the zh original). See `InLocale`.
 */
export async function UntranslatedNotice({ locale, source }: { locale: Locale; source: Locale }) {
  const t = await getTranslations({ locale, namespace: 'fallback' })
  return (
    <p className="notice" role="note">
      {t('notice', { source })}
    </p>
  )
}
