/**
 * Where terms occur in texts. Chinese has no word forms and no spaces: a term occurs where its
 * characters do (Latin terms such as "Kcell" only as a whole word). Russian and English are
 * matched on stems by Postgres' snowball configurations (`to_tsvector` / `phraseto_tsquery`,
 * the stemmer search uses), so «туристической SIM-карты» is «туристическая SIM-карта» and
 * "tourist SIMs" is "tourist SIM": every word of the term, stemmed, in order, side by side.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { postgres } from '@/db/postgres'
import type { Locale } from '@/i18n/locales'

const textSearchConfig = { ru: 'russian', en: 'english' } as const

const normalize = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').toLowerCase()

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A zh text contains the term: its characters, or for a Latin term that word. */
export function containsSourceTerm(text: string, term: string): boolean {
  const needle = normalize(term).trim()
  if (!needle) return false
  const haystack = normalize(text)
  if (!/^[\x20-\x7e]+$/.test(needle)) return haystack.includes(needle)
  return new RegExp(`(^|[^a-z0-9])${escapeRegExp(needle)}($|[^a-z0-9])`).test(haystack)
}

/**
 * Which terms occur in which texts of a ru or en document, by stem: the pairs as
 * `textIndex:termIndex`. One statement however many texts and terms.
 */
export async function stemMatches(
  payload: Payload,
  locale: Exclude<Locale, 'zh'>,
  texts: string[],
  terms: string[],
): Promise<Set<string>> {
  if (!texts.length || !terms.length) return new Set()
  const config = textSearchConfig[locale]
  const { rows } = await postgres(payload).drizzle.execute(sql`
    WITH t AS (
      SELECT i - 1 AS i, to_tsvector(${config}::regconfig, body) AS v
      FROM jsonb_array_elements_text(${JSON.stringify(texts)}::jsonb) WITH ORDINALITY AS x(body, i)
    ), q AS (
      SELECT j - 1 AS j, phraseto_tsquery(${config}::regconfig, term) AS q
      FROM jsonb_array_elements_text(${JSON.stringify(terms)}::jsonb) WITH ORDINALITY AS y(term, j)
    )
    SELECT t.i, q.j FROM t CROSS JOIN q
    WHERE numnode(q.q) > 0 AND t.v @@ q.q`)
  return new Set((rows as { i: number | string; j: number | string }[]).map((r) => `${r.i}:${r.j}`))
}
