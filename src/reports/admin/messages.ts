import { inAdminLanguage } from '@/i18n/admin/languages'
import type { ReportStatus } from '@/content/constants'

/** The readers' reports' admin texts in the admin's three languages (Payload's i18n.language). */
const messages = {
  en: {
    panelTitle: 'Reports from readers',
    none: 'No open reports.',
    open: (n: number) => (n === 1 ? '1 open report:' : `${n} open reports:`),
    right: 'Right:',
    allForPage: 'All reports on this page',
    show: 'Show',
    all: 'All',
    status: { open: 'Open', fixed: 'Fixed', dismissed: 'Dismissed' } as Record<
      ReportStatus,
      string
    >,
  },
  ru: {
    panelTitle: 'Сообщения читателей',
    none: 'Открытых сообщений нет.',
    open: (n: number) => `Открытых сообщений: ${n}`,
    right: 'Верно:',
    allForPage: 'Все сообщения об этой странице',
    show: 'Показать',
    all: 'Все',
    status: { open: 'Открытые', fixed: 'Исправлено', dismissed: 'Отклонено' } as Record<
      ReportStatus,
      string
    >,
  },
  zh: {
    panelTitle: '读者报告',
    none: '没有待处理的报告。',
    open: (n: number) => `待处理的报告：${n} 条`,
    right: '正确的是：',
    allForPage: '此页面的全部报告',
    show: '显示',
    all: '全部',
    status: { open: '待处理', fixed: '已修正', dismissed: '已驳回' } as Record<
      ReportStatus,
      string
    >,
  },
}

export const reportsMessages = (language: unknown) => inAdminLanguage(messages, language)
