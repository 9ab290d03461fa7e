import { locales } from '@/i18n/locales'

/**
 * Why the `locale` or `fallbackLocale` a request names cannot be answered: Payload reads them
 * from the URL (`createPayloadRequest`) and quietly serves zh for a locale it does not know.
 * `all`/`*` read every locale; `none`/`null`/`false` turn the fallback off.
 */
export function localeParametersProblem(params: URLSearchParams) {
  const known = locales.join(', ')
  for (const locale of params.getAll('locale')) {
    if (locale && ![...locales, 'all', '*'].includes(locale)) {
      return `Unknown locale "${locale}". Use one of: ${known}.`
    }
  }
  for (const key of ['fallbackLocale', 'fallback-locale']) {
    for (const locale of params.getAll(key)) {
      if (locale && ![...locales, 'none', 'null', 'false'].includes(locale)) {
        return `Unknown ${key} "${locale}". Use one of: ${known}, or none.`
      }
    }
  }
  return undefined
}
