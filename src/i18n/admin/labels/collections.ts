import type { AdminText } from '../languages'

type CollectionLabels = {
  singular: AdminText
  plural: AdminText
  description?: AdminText
  /** The nav group it is listed under. */
  group?: AdminText
}

/** Each collection's name in the admin (nav, list titles, "Create new …"), by slug. */
export const collectionLabels: Record<string, CollectionLabels> = {
  guides: {
    singular: { zh: '指南', ru: 'Руководство', en: 'Guide' },
    plural: { zh: '指南', ru: 'Руководства', en: 'Guides' },
  },
  faqs: {
    singular: { zh: '常见问题', ru: 'Вопрос и ответ', en: 'FAQ' },
    plural: { zh: '常见问题', ru: 'Вопросы и ответы', en: 'FAQs' },
  },
  carriers: {
    singular: { zh: '运营商', ru: 'Оператор', en: 'Carrier' },
    plural: { zh: '运营商', ru: 'Операторы', en: 'Carriers' },
  },
  channels: {
    singular: { zh: '续费渠道', ru: 'Способ продления', en: 'Channel' },
    plural: { zh: '续费渠道', ru: 'Способы продления', en: 'Channels' },
  },
  media: {
    singular: { zh: '媒体文件', ru: 'Медиафайл', en: 'Media' },
    plural: { zh: '媒体文件', ru: 'Медиафайлы', en: 'Media' },
  },
  users: {
    singular: { zh: '用户', ru: 'Пользователь', en: 'User' },
    plural: { zh: '用户', ru: 'Пользователи', en: 'Users' },
  },
  votes: {
    singular: { zh: '反馈投票', ru: 'Голос читателя', en: 'Feedback vote' },
    plural: { zh: '反馈投票', ru: 'Голоса читателей', en: 'Feedback votes' },
    group: { zh: '读者反馈', ru: 'Отзывы читателей', en: 'Feedback' },
    description: {
      zh: '读者对“是否有帮助？”的回答。按指南、问题、语言或回答筛选即可计数。',
      ru: 'Ответы читателей на «Было полезно?». Отфильтруйте по руководству, вопросу, языку или ответу, чтобы посчитать их.',
      en: 'Readers’ answers to “Was this helpful?”. Filter by guide, FAQ, locale or answer to count them.',
    },
  },
  reports: {
    singular: { zh: '读者报告', ru: 'Сообщение читателя', en: 'Report' },
    plural: { zh: '读者报告', ru: 'Сообщения читателей', en: 'Reports' },
    group: { zh: '读者反馈', ru: 'Отзывы читателей', en: 'Feedback' },
    description: {
      zh: '读者报告的过时信息。核实后标记为“已修正”或“已驳回”。',
      ru: 'Сообщения читателей об устаревших сведениях. Отметьте каждое «Исправлено» или «Отклонено».',
      en: 'Readers’ reports of an outdated fact. Mark each fixed or dismissed.',
    },
  },
  'translation-status': {
    singular: { zh: '翻译状态', ru: 'Состояние перевода', en: 'Translation status' },
    plural: { zh: '翻译状态', ru: 'Состояние переводов', en: 'Translation status' },
    group: { zh: '翻译', ru: 'Перевод', en: 'Translation' },
    description: {
      zh: '需要翻译的内容：每篇文档每种语言一行，每次保存时更新。',
      ru: 'Что нужно перевести: по строке на документ и язык, обновляется при каждом сохранении.',
      en: 'What needs translating: one row per document and language, kept up to date on every save.',
    },
  },
  redirects: {
    singular: { zh: '重定向', ru: 'Перенаправление', en: 'Redirect' },
    plural: { zh: '重定向', ru: 'Перенаправления', en: 'Redirects' },
    description: {
      zh: '旧网址转到新页面。页面的网址（slug）在发布后更改时会自动添加。',
      ru: 'Старые адреса, ведущие на новые страницы. Добавляются сами, когда у опубликованной страницы меняется адрес (slug).',
      en: 'Old addresses that lead to new pages. Added automatically when a published page’s slug changes.',
    },
  },
}
