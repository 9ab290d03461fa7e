/** The glossary's admin texts in the admin's three languages (picked by Payload's i18n.language). */
const messages = {
  en: {
    title: 'Glossary',
    intro: 'Terms of the Chinese source and how to render them:',
    none: 'No glossary term occurs in the Chinese source.',
    noRendering: 'no rendering yet',
    notUse: 'not',
    alsoOk: 'also',
    loading: 'Checking terms…',
    failed: 'The glossary check could not run.',
    warningsTitle: 'Terminology warnings',
    warningsNone: 'The translation uses the glossary’s terms.',
    missing: (source: string, preferred: string) =>
      `“${source}” is not rendered as “${preferred}” in`,
    forbidden: (term: string, preferred?: string) =>
      `“${term}” is a forbidden variant${preferred ? ` (write “${preferred}”)` : ''}, used in`,
    toast: (n: number) =>
      `Saved, with ${n} terminology warning${n === 1 ? '' : 's'} (see Glossary).`,
    exportTbx: 'Export TBX',
    importTbx: 'Import TBX…',
    imported: (created: number, updated: number) =>
      `Imported: ${created} concepts created, ${updated} updated.`,
    refused: 'The file was refused; nothing was imported.',
  },
  ru: {
    title: 'Глоссарий',
    intro: 'Термины китайского оригинала и их перевод:',
    none: 'В китайском оригинале нет терминов глоссария.',
    noRendering: 'перевода пока нет',
    notUse: 'не',
    alsoOk: 'также',
    loading: 'Проверка терминов…',
    failed: 'Не удалось проверить термины.',
    warningsTitle: 'Предупреждения по терминологии',
    warningsNone: 'Перевод использует термины глоссария.',
    missing: (source: string, preferred: string) => `«${source}» не переведено как «${preferred}»:`,
    forbidden: (term: string, preferred?: string) =>
      `«${term}» — запрещённый вариант${preferred ? ` (пишите «${preferred}»)` : ''}:`,
    toast: (n: number) => `Сохранено; предупреждений по терминологии: ${n} (см. «Глоссарий»).`,
    exportTbx: 'Экспорт TBX',
    importTbx: 'Импорт TBX…',
    imported: (created: number, updated: number) =>
      `Импортировано: создано понятий — ${created}, обновлено — ${updated}.`,
    refused: 'Файл отклонён, ничего не импортировано.',
  },
  zh: {
    title: '术语表',
    intro: '中文原文中的术语及其译法：',
    none: '中文原文中没有术语表里的术语。',
    noRendering: '暂无译法',
    notUse: '勿用',
    alsoOk: '亦可',
    loading: '正在检查术语…',
    failed: '术语检查未能运行。',
    warningsTitle: '术语警告',
    warningsNone: '译文使用了术语表中的译法。',
    missing: (source: string, preferred: string) => `“${source}”未译为“${preferred}”：`,
    forbidden: (term: string, preferred?: string) =>
      `“${term}”是禁用译法${preferred ? `（请用“${preferred}”）` : ''}：`,
    toast: (n: number) => `已保存，有 ${n} 条术语警告（见“术语表”）。`,
    exportTbx: '导出 TBX',
    importTbx: '导入 TBX…',
    imported: (created: number, updated: number) =>
      `已导入：新建 ${created} 个概念，更新 ${updated} 个。`,
    refused: '文件被拒绝，未导入任何内容。',
  },
}

export type GlossaryMessages = (typeof messages)['en']

export const glossaryMessages = (language: string | undefined): GlossaryMessages =>
  messages[(language ?? 'en').split('-')[0] as keyof typeof messages] ?? messages.en
