import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { paths } from '@/lib/paths'

/** A plain GET form: search works without JavaScript. */
export async function SearchForm({ locale, query = '' }: { locale: Locale; query?: string }) {
  const t = await getTranslations({ locale, namespace: 'home' })
  return (
    <form role="search" action={paths.search(locale)} method="get" className="search-form">
      <label htmlFor="q" className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={query}
        placeholder={t('searchPlaceholder')}
        maxLength={100}
      />
      <button type="submit">{t('searchButton')}</button>
    </form>
  )
}
