'use client'

import { localeCookie } from '@/i18n/localeCookie'

type Props = {
  label: string
  current: string
  links: { locale: string; href: string; label: string; hreflang: string }[]
}

/**
 * Plain links to the same page in each language; choosing one also remembers it (the cookie
 * `/` negotiates with), since pages under a locale do not pass through the proxy.
 */
function rememberLocale(locale: string) {
  document.cookie = `${localeCookie.name}=${locale}; path=/; max-age=${localeCookie.maxAge}; samesite=lax`
}

export function LanguageSwitcher({ label, current, links }: Props) {
  return (
    <nav aria-label={label} className="languages">
      <ul>
        {links.map((link) => (
          <li key={link.locale}>
            <a
              href={link.href}
              hrefLang={link.hreflang}
              lang={link.hreflang}
              aria-current={link.locale === current ? 'page' : undefined}
              onClick={() => rememberLocale(link.locale)}
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
