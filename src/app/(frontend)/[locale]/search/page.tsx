import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import { SearchForm } from '@/components/SearchForm'
import { isPublicCollection } from '@/content/publicCollections'
import { pageLocale } from '@/i18n/pageLocale'
import { getPayloadClient } from '@/lib/payload'
import { paths } from '@/lib/paths'
import { maxQueryLength, searchContent } from '@/lib/search/query'
import { everyLocale, pageMetadata } from '@/lib/seo'

// Results depend on the query string: rendered per request (the index itself is in Postgres).
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ q?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'search' })
  // Result pages are not for search engines.
  return {
    ...pageMetadata({
      locale,
      title: t('title'),
      description: t('description'),
      alternates: everyLocale(paths.search),
    }),
    robots: { index: false },
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : (raw ?? '')).trim()
  const [t, tCollections] = await Promise.all([
    getTranslations({ locale, namespace: 'search' }),
    getTranslations({ locale, namespace: 'search.collections' }),
  ])
  const tooLong = [...q].length > maxQueryLength
  const result =
    q && !tooLong ? await searchContent(await getPayloadClient(), { locale, q, limit: 20 }) : null

  return (
    <PageFrame
      locale={locale}
      alternates={everyLocale((l) => paths.search(l, q))}
      section={paths.search}
    >
      <h1>{t('title')}</h1>
      <SearchForm locale={locale} query={q} />
      {tooLong && <p role="alert">{t('tooLong')}</p>}
      {!q && <p className="muted">{t('hint')}</p>}
      {result && (
        <>
          <p role="status">{t('results', { count: result.total, query: q })}</p>
          <ol className="results">
            {result.hits.map((hit) => (
              <li key={hit.url}>
                <span className="badge">
                  {isPublicCollection(hit.collection) ? tCollections(hit.collection) : null}
                </span>{' '}
                <a href={hit.url}>{hit.title}</a>
                {/* Snippets are escaped by the search module; only <mark> is markup. */}
                <p dangerouslySetInnerHTML={{ __html: hit.snippet }} />
              </li>
            ))}
          </ol>
        </>
      )}
    </PageFrame>
  )
}
