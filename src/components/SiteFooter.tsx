import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'footer' })
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('disclaimer')}</p>
      </div>
    </footer>
  )
}
