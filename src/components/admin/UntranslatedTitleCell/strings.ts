import type { AdminText } from '@/i18n/admin/languages'

/** The cell's words in each admin language. */
export const untranslatedTitleStrings = {
  mark: { zh: '未翻译 · 中文原文', ru: 'не переведено · 中文', en: 'not translated · 中文' },
  hint: {
    zh: '此语言尚无译文，显示的是中文原文标题。',
    ru: 'На этом языке перевода ещё нет: показан китайский заголовок оригинала.',
    en: 'Not translated into this language yet: the Chinese source title is shown.',
  },
} satisfies Record<string, AdminText>
