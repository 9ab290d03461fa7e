import { inAdminLanguage } from '@/i18n/admin/languages'

/** The schedule endpoints' refusals, in the request's admin language (English otherwise). */
export const scheduleMessages = {
  signIn: (language?: string) =>
    inAdminLanguage(
      {
        en: 'Sign in to schedule publishing.',
        ru: 'Войдите, чтобы планировать публикацию.',
        zh: '请登录后再安排发布。',
      },
      language,
    ),
  notAllowed: (language?: string) =>
    inAdminLanguage(
      {
        en: 'You may not schedule or cancel this: translators schedule publishing their own language only; unpublishing is for editors.',
        ru: 'Вам это нельзя: переводчики планируют публикацию только своего языка; снятие с публикации — для редакторов.',
        zh: '您无权安排或取消此操作：译者只能安排发布自己的语言；取消发布由编辑操作。',
      },
      language,
    ),
  badType: (language?: string) =>
    inAdminLanguage(
      {
        en: '"type" must be "publish" or "unpublish".',
        ru: '"type" должен быть "publish" или "unpublish".',
        zh: '"type" 必须是 "publish" 或 "unpublish"。',
      },
      language,
    ),
  badLocale: (language?: string) =>
    inAdminLanguage(
      {
        en: 'A scheduled publish names its language: "locale" must be zh, ru or en.',
        ru: 'Запланированная публикация указывает язык: "locale" — zh, ru или en.',
        zh: '安排发布须指明语言："locale" 必须是 zh、ru 或 en。',
      },
      language,
    ),
  badTime: (language?: string) =>
    inAdminLanguage(
      {
        en: '"at" must be a date and time in the future (ISO 8601, e.g. 2026-12-01T09:00:00Z), at most two years ahead.',
        ru: '"at" — дата и время в будущем (ISO 8601, например 2026-12-01T09:00:00Z), не более чем через два года.',
        zh: '"at" 必须是未来的日期时间（ISO 8601，例如 2026-12-01T09:00:00Z），最多两年以后。',
      },
      language,
    ),
  badId: (id: string, language?: string) =>
    inAdminLanguage(
      {
        en: `"${id}" is not a document id.`,
        ru: `"${id}" — не идентификатор документа.`,
        zh: `"${id}" 不是文档 ID。`,
      },
      language,
    ),
  notFound: (language?: string) =>
    inAdminLanguage({ en: 'Not Found', ru: 'Не найдено', zh: '未找到' }, language),
  running: (language?: string) =>
    inAdminLanguage(
      {
        en: 'This event is running now and can no longer be cancelled.',
        ru: 'Это событие уже выполняется, отменить его нельзя.',
        zh: '此事件正在执行，无法再取消。',
      },
      language,
    ),
}
