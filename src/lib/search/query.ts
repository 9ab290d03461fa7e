import { postgres } from '@/db/postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'

import { controlCharacters, withoutControlCharacters } from './controlCharacters'
import { searchConfig } from './store'
import { chineseQueryTerms, hanRuns, queryWords } from './tokenize'

export type SearchHit = {
  collection: string
  slug: string
  title: string
  url: string
  snippet: string
}
export type SearchResult = { hits: SearchHit[]; total: number }

export const maxQueryLength = 100
export const maxLimit = 50

export class SearchInputError extends Error {}

/** Checked search parameters, or a SearchInputError with a message for the reader or client. */
export function parseSearchParams(params: {
  locale?: string | null
  q?: string | null
  limit?: string | null
}) {
  const locale = params.locale ?? ''
  if (!isLocale(locale))
    throw new SearchInputError(`Unknown locale "${locale}". Use one of: zh, ru, en.`)
  const q = (params.q ?? '').trim()
  if (!q) throw new SearchInputError('The query "q" is empty.')
  // Postgres text cannot hold a NUL; the server refuses %00 before this, other callers may not.
  if (q.includes('\u0000')) throw new SearchInputError('The query "q" contains a NUL character.')
  if ([...q].length > maxQueryLength)
    throw new SearchInputError(`The query "q" is longer than ${maxQueryLength} characters.`)
  const limit =
    params.limit === undefined || params.limit === null || params.limit === ''
      ? 10
      : Number(params.limit)
  if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit) {
    throw new SearchInputError(`"limit" must be a whole number from 1 to ${maxLimit}.`)
  }
  return { locale, q, limit }
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

// Markers content cannot contain (control characters are removed from it: ./controlCharacters),
// swapped for <mark> after the text is escaped.
const START = '\u0001'
const STOP = '\u0002'
const marked = (text: string) =>
  escapeHtml(text).replaceAll(START, '<mark>').replaceAll(STOP, '</mark>')

/**
 * A window of Chinese text around the first match, with every match marked: the query's Han
 * runs, or, when the text has none of them whole, the query's two-character words it does have.
 */
function chineseSnippet(body: string, query: string): string {
  const whole = hanRuns(query).filter((run) => body.includes(run))
  const runs = whole.length
    ? whole
    : chineseQueryTerms(query)
        .map((t) => t.lexeme)
        .filter((lexeme) => [...lexeme].length === 2 && body.includes(lexeme))
  const first = Math.min(
    ...runs.map((run) => body.indexOf(run)).filter((i) => i >= 0),
    Number.MAX_SAFE_INTEGER,
  )
  const start = first === Number.MAX_SAFE_INTEGER ? 0 : Math.max(0, first - 30)
  let window = body.slice(start, start + 90).replace(/\s+/g, ' ')
  for (const run of runs.sort((a, b) => b.length - a.length))
    window = window.split(run).join(`${START}${run}${STOP}`)
  return (start > 0 ? '…' : '') + marked(window) + (start + 90 < body.length ? '…' : '')
}

/** Every term must match (`&`), or, as a fallback for longer questions, any of them (`|`). */
type Match = 'all' | 'any'

function tsQuery(locale: Locale, q: string, match: Match) {
  const joiner = match === 'all' ? ' & ' : ' | '
  if (locale === 'zh') {
    const terms = chineseQueryTerms(q)
    if (!terms.length) return null
    const text = terms
      .map((t) => `'${t.lexeme.replace(/'/g, "''")}'${t.prefix ? ':*' : ''}`)
      .join(joiner)
    return sql`to_tsquery('simple', ${text})`
  }
  const words = queryWords(q)
  if (!words.length) return null
  // Each word through the language's stemmer, as a prefix: "продлить" also finds "продление".
  const text = words.map((w) => `'${w.replace(/'/g, "''")}':*`).join(joiner)
  return sql`to_tsquery(${searchConfig[locale]}::regconfig, ${text})`
}

/**
 * A ts_headline fragment as a snippet: trimmed, with "…" where it cuts the text short, and with
 * the matches marked.
 */
function wordSnippet(body: string, headline: string): string {
  const fragment = headline.trim()
  const plain = fragment.replaceAll(START, '').replaceAll(STOP, '')
  const text = body.trim()
  return (text.startsWith(plain) ? '' : '…') + marked(fragment) + (text.endsWith(plain) ? '' : '…')
}

/**
 * Ranked full-text search over the public documents of one locale (guides, FAQs, carriers,
 * channels), best first, with highlighted snippets (HTML, content escaped). Documents with all
 * of the query's terms come first; only when there are none does a document with any of them
 * count, so a question like 过期了怎么办 still finds what is about 过期.
 */
export async function searchContent(
  payload: Payload,
  { locale, q, limit }: { locale: Locale; q: string; limit: number },
): Promise<SearchResult> {
  const all = await rankedSearch(payload, { locale, q, limit, match: 'all' })
  if (all.total > 0) return all
  return rankedSearch(payload, { locale, q, limit, match: 'any' })
}

async function rankedSearch(
  payload: Payload,
  { locale, q, limit, match }: { locale: Locale; q: string; limit: number; match: Match },
): Promise<SearchResult> {
  const query = tsQuery(locale, q, match)
  if (!query) return { hits: [], total: 0 }
  const db = postgres(payload).drizzle
  const config = searchConfig[locale]
  const headline =
    locale === 'zh'
      ? sql`NULL`
      : sql`ts_headline(${config}::regconfig, regexp_replace(body, ${controlCharacters}, '', 'g'), ${query}, ${`StartSel=${START}, StopSel=${STOP}, MaxWords=28, MinWords=12, MaxFragments=1`})`
  const { rows } = await db.execute(sql`
    SELECT collection, slug, title, url, body, ${headline} AS snippet, count(*) OVER () AS total
    FROM search_index
    WHERE locale = ${locale} AND tsv @@ ${query}
    ORDER BY ts_rank_cd(tsv, ${query}) DESC, title
    LIMIT ${limit}`)
  const hits = (rows as (SearchHit & { body: string; total: string })[]).map(
    ({ total: _total, body, ...hit }) => ({
      ...hit,
      snippet:
        locale === 'zh'
          ? chineseSnippet(withoutControlCharacters(body), q)
          : wordSnippet(withoutControlCharacters(body), hit.snippet),
    }),
  )
  return { hits, total: rows.length ? Number((rows[0] as { total: string }).total) : 0 }
}
