import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

/** Shown above source-language (zh) text on a page that has no translation in the reader's locale. */
export async function UntranslatedNotice({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'guide' })
  return (
    <p className="notice" role="note">
      {t('untranslated')}
    </p>
  )
}
