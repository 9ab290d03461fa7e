import { describe, expect, it } from 'vitest'

import { textChanges } from '../../src/admin/sourceBeside/textDiff'

const marked = (parts: ReturnType<typeof textChanges>) =>
  parts.map((p) => (p.added ? `+[${p.value}]` : p.removed ? `-[${p.value}]` : p.value)).join('')

describe('the diff shown beside an outdated unit', () => {
  it('marks a Chinese change character by character', () => {
    expect(marked(textChanges('在营业厅续费。', '在营业厅或应用里续费。', 'zh'))).toBe(
      '在营业厅+[或应用里]续费。',
    )
  })

  it('marks Russian and English changes word by word, whole Cyrillic words', () => {
    expect(
      marked(textChanges('Продлите карту в салоне', 'Продлите карту в приложении', 'ru')),
    ).toBe('Продлите карту в -[салоне]+[приложении]')
    expect(marked(textChanges('Top up at a store', 'Top up in the app', 'en'))).toBe(
      'Top up -[at a store]+[in the app]',
    )
  })
})
