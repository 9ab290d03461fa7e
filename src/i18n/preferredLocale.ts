import { defaultLocale, isLocale, type Locale } from './locales'

/**
 * The reader's language for a page that has none in its URL (a 404 under a language we do not
 * serve): the one they chose with the switcher, else the first of their Accept-Language that we
 * have (by primary subtag, highest q first), else the source locale.
 */
export function preferredLocale(
  cookieValue: string | undefined,
  acceptLanguage: string | null,
): Locale {
  if (isLocale(cookieValue)) return cookieValue
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { language: tag.split('-')[0].toLowerCase(), q: q ? Number(q.slice(2)) : 1, index }
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  return ranked.map(({ language }) => language).find(isLocale) ?? defaultLocale
}
