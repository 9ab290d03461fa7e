import type { AdminText } from '@/i18n/admin/languages'

/** The feedback panel's words in each admin language. */
export const feedbackStrings = {
  title: { zh: '读者反馈', ru: 'Отзывы читателей', en: 'Readers’ feedback' },
  intro: {
    zh: '读者对“这对您有帮助吗？”的回答，按页面语言统计。只读。',
    ru: 'Ответы читателей на «Это было полезно?» по языку страницы. Только для чтения.',
    en: 'Readers’ answers to “Was this helpful?”, by the language of the page. Read-only.',
  },
  locale: { zh: '语言', ru: 'Язык', en: 'Language' },
  helpful: { zh: '有帮助', ru: 'Полезно', en: 'Helpful' },
  notHelpful: { zh: '没帮助', ru: 'Не полезно', en: 'Not helpful' },
  total: { zh: '合计', ru: 'Всего', en: 'Total' },
  notSaved: {
    zh: '保存后显示读者反馈。',
    ru: 'Отзывы появятся после сохранения.',
    en: 'Feedback shows here once the document is saved.',
  },
} satisfies Record<string, AdminText>
