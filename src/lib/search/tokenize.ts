/**
 * Chinese has no spaces between words, and Postgres has no Chinese parser. Chinese text is
 * indexed as character unigrams and bigrams under the `simple` configuration, so that one- and
 * two-character words (卡, 续费, 余额) are exact lexemes and longer words are all of their
 * bigrams. Text in other scripts is kept as lower-case words.
 */
const han = /\p{Script=Han}+/gu
const word = /[\p{L}\p{N}]+/gu

function hanGrams(run: string): string[] {
  const chars = [...run]
  const grams = [...chars]
  for (let i = 0; i < chars.length - 1; i++) grams.push(chars[i] + chars[i + 1])
  return grams
}

/** Tokens for the index: every Han unigram and bigram, and every other word. */
export function chineseIndexTokens(text: string): string {
  const tokens: string[] = []
  for (const run of text.split(han)) tokens.push(...(run.toLowerCase().match(word) ?? []))
  for (const run of text.match(han) ?? []) tokens.push(...hanGrams(run))
  return tokens.join(' ')
}

/**
 * Query terms: a one-character Han run is its unigram, a longer run is all of its bigrams (all
 * must match), other words match as prefixes.
 */
export function chineseQueryTerms(query: string): { lexeme: string; prefix: boolean }[] {
  const terms: { lexeme: string; prefix: boolean }[] = []
  for (const run of query.match(han) ?? []) {
    const chars = [...run]
    if (chars.length === 1) terms.push({ lexeme: run, prefix: false })
    for (let i = 0; i < chars.length - 1; i++)
      terms.push({ lexeme: chars[i] + chars[i + 1], prefix: false })
  }
  for (const run of query.split(han)) {
    for (const w of run.toLowerCase().match(word) ?? []) terms.push({ lexeme: w, prefix: true })
  }
  return terms
}

/** Words of a ru/en query, for a prefix query through the language's stemmer. */
export const queryWords = (query: string) => query.toLowerCase().match(word) ?? []

/** The Han substrings a highlighter should look for in Chinese text. */
export const hanRuns = (query: string) => query.match(han) ?? []
