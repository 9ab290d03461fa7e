'use client'

import { useParams } from 'next/navigation'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

/**
 * Shown when a page fails to render (e.g. the database is unreachable): a plain apology, never a
 * stack trace, and nothing is cached. Error boundaries are client components, so the few words
 * live here rather than shipping every message file to the browser.
 */
const text: Record<Locale, { title: string; body: string; retry: string }> = {
  zh: { title: '出了点问题', body: '页面暂时无法显示，请稍后再试。', retry: '重试' },
  ru: {
    title: 'Что-то пошло не так',
    body: 'Страница временно недоступна. Попробуйте ещё раз чуть позже.',
    retry: 'Попробовать снова',
  },
  en: {
    title: 'Something went wrong',
    body: 'This page cannot be shown right now. Please try again in a moment.',
    retry: 'Try again',
  },
}

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>()
  const t = text[isLocale(locale) ? locale : defaultLocale]
  return (
    <main id="main" className="container not-found">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" className="button" onClick={reset}>
        {t.retry}
      </button>
    </main>
  )
}
