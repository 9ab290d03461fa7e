import { describe, expect, it } from 'vitest'

import { preferredLocale } from '../../src/i18n/preferredLocale'

describe('the reader’s language for a URL without one of ours', () => {
  it('is the language they chose with the switcher, whatever the browser says', () => {
    expect(preferredLocale('ru', 'en-US,en;q=0.9')).toBe('ru')
  })

  it('is otherwise the first Accept-Language we have, by quality then order', () => {
    expect(preferredLocale(undefined, 'de-DE,de;q=0.9,en;q=0.8,ru;q=0.5')).toBe('en')
    expect(preferredLocale(undefined, 'ru;q=0.4, en-GB;q=0.6, fr')).toBe('en')
    expect(preferredLocale('xx', 'zh-TW,zh;q=0.9')).toBe('zh')
    expect(preferredLocale(undefined, 'en;q=0, ru')).toBe('ru')
  })

  it('falls back to the source language', () => {
    expect(preferredLocale(undefined, null)).toBe('zh')
    expect(preferredLocale(undefined, 'de, fr;q=0.5')).toBe('zh')
  })
})
