import { getTranslations } from 'next-intl/server'
import Link from 'next/link'

import { localeInfo, locales, type Locale } from '@/i18n/locales'
import { paths, type Alternates } from '@/lib/paths'

import { LanguageSwitcher } from './LanguageSwitcher.client'

type Props = {
  locale: Locale
  /** The same page in each locale; where it is missing, the switcher offers `section` instead. */
  alternates: Alternates
  section: (locale: Locale) => string
}

export async function SiteHeader({ locale, alternates, section }: Props) {
  const [tSite, t] = await Promise.all([
    getTranslations({ locale, namespace: 'site' }),
    getTranslations({ locale, namespace: 'nav' }),
  ])
  const nav = [
    { href: paths.guides(locale), label: t('guides') },
    { href: paths.faq(locale), label: t('faq') },
    { href: paths.carriers(locale), label: t('carriers') },
    { href: paths.reminder(locale), label: t('tools') },
    { href: paths.search(locale), label: t('search') },
  ]
  return (
    <header className="site-header">
      <div className="container header-row">
        <Link href={paths.home(locale)} className="brand">
          {tSite('name')}
        </Link>
        <nav aria-label={t('label')}>
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher
          label={t('language')}
          current={locale}
          links={locales.map((code) => ({
            locale: code,
            href: alternates[code] ?? section(code),
            label: localeInfo[code].label,
            hreflang: localeInfo[code].hreflang,
          }))}
        />
      </div>
    </header>
  )
}
