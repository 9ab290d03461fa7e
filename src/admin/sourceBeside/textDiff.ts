import { diffChars, diffWords } from 'diff'

import type { DiffPart } from './types'

/** Chinese is written without spaces: a change is shown character by character. */
const unspacedLanguages = new Set(['zh', 'ja'])

/**
 * What changed from `before` to `after`, both in `language`: word by word for languages with
 * spaces (ru, en: Intl.Segmenter finds the words, so Cyrillic words are whole), character by
 * character for Chinese.
 */
export function textChanges(before: string, after: string, language: string): DiffPart[] {
  const parts = unspacedLanguages.has(language)
    ? diffChars(before, after)
    : diffWords(before, after, {
        intlSegmenter: new Intl.Segmenter(language, { granularity: 'word' }),
      })
  return parts.map(({ value, added, removed }) => ({
    value,
    ...(added ? { added: true } : {}),
    ...(removed ? { removed: true } : {}),
  }))
}
