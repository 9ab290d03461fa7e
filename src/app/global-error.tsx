'use client'

/**
 * Last-resort error page, when even a page's metadata or layout fails (e.g. the database is
 * unreachable): a short apology in our three languages, no details, nothing cached.
 */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          maxWidth: '40rem',
          margin: '3rem auto',
          padding: '0 1rem',
        }}
      >
        <main>
          <h1>Something went wrong · 出了点问题 · Что-то пошло не так</h1>
          <p lang="en">This page cannot be shown right now. Please try again in a moment.</p>
          <p lang="zh-Hans">页面暂时无法显示，请稍后再试。</p>
          <p lang="ru">Страница временно недоступна. Попробуйте ещё раз чуть позже.</p>
          <button type="button" onClick={reset}>
            Try again · 重试 · Попробовать снова
          </button>
        </main>
      </body>
    </html>
  )
}
