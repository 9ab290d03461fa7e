import { createTranslator, type Messages } from 'next-intl'
import { describe, expect, it } from 'vitest'

import { locales, type Locale } from '../../src/i18n/locales'
import en from '../../src/i18n/messages/en.json'
import ru from '../../src/i18n/messages/ru.json'
import zh from '../../src/i18n/messages/zh.json'

// Type-checked: every file has every key of the zh source (`Messages`, src/i18n/global.ts).
const messages: Record<Locale, Messages> = { zh, ru, en }

/** Every leaf key of a messages tree, as dotted paths. */
function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix]
  return Object.entries(tree).flatMap(([key, value]) =>
    keys(value, prefix ? `${prefix}.${key}` : key),
  )
}

describe('UI messages', () => {
  it('exist for every locale', () => {
    expect(Object.keys(messages).sort()).toEqual([...locales].sort())
  })

  it.each(locales.filter((l) => l !== 'en'))(
    '%s has exactly the keys en has, none empty',
    (locale) => {
      const reference = keys(en).sort()
      const actual = keys(messages[locale]).sort()
      expect(actual.filter((k) => !reference.includes(k))).toEqual([])
      expect(reference.filter((k) => !actual.includes(k))).toEqual([])
      const empty = actual.filter((k) => {
        const value = k
          .split('.')
          .reduce<unknown>(
            (node, part) => (node as Record<string, unknown>)[part],
            messages[locale],
          )
        return typeof value !== 'string' || value.trim() === ''
      })
      expect(empty).toEqual([])
    },
  )
})

describe('typed messages (AppConfig in src/i18n/global.ts)', () => {
  it('a key that does not exist, or a locale we do not serve, fails tsc', () => {
    const t = createTranslator({
      locale: 'en',
      messages: en,
      namespace: 'carrier',
      onError: () => undefined,
    })
    expect(t('autoRenewal')).toBe('Auto-renewal')
    // @ts-expect-error -- a misspelt key: tsc fails on this line if messages lose their type
    expect(t('autoRenewl')).toBe('carrier.autoRenewl')
    // @ts-expect-error -- not one of our locales
    expect(() => createTranslator({ locale: 'de', messages: en })).not.toThrow()
  })
})
