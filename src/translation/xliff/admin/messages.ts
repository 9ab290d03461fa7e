/** The XLIFF view's own words, in every admin language; anything else falls back to English. */
const messages = {
  en: {
    title: 'XLIFF: translate in your CAT tool',
    nav: 'XLIFF export / import',
    intro:
      'Export texts to translate as XLIFF (memoQ, Trados, OmegaT, Crowdin), translate them there, and import the file back. Formatting and links are inline codes: keep each code once, around the right words.',
    exportHeading: 'Export',
    locale: 'Target language',
    collection: 'Collection',
    allCollections: 'All collections',
    id: 'Document id (optional)',
    only: 'Units',
    onlyAll: 'All units',
    onlyTodo: 'Missing and outdated only',
    version: 'XLIFF version',
    download: 'Download XLIFF',
    importHeading: 'Import',
    importHint:
      'A published guide or FAQ gets the imported language published at once; one never published gets a draft. A file with any problem changes nothing.',
    file: 'XLIFF file',
    importButton: 'Import',
    importing: 'Importing…',
    refused: 'Refused — nothing was changed. Problems:',
    imported: 'Imported.',
    written: 'Documents written',
    unchanged: 'Units unchanged',
    warnings: 'Left as they were:',
  },
  ru: {
    title: 'XLIFF: перевод в CAT-программе',
    nav: 'XLIFF: экспорт и импорт',
    intro:
      'Выгрузите тексты для перевода в XLIFF (memoQ, Trados, OmegaT, Crowdin), переведите их там и загрузите файл обратно. Форматирование и ссылки — это теги: каждый тег нужен ровно один раз, вокруг нужных слов.',
    exportHeading: 'Экспорт',
    locale: 'Язык перевода',
    collection: 'Коллекция',
    allCollections: 'Все коллекции',
    id: 'ID документа (необязательно)',
    only: 'Сегменты',
    onlyAll: 'Все сегменты',
    onlyTodo: 'Только отсутствующие и устаревшие',
    version: 'Версия XLIFF',
    download: 'Скачать XLIFF',
    importHeading: 'Импорт',
    importHint:
      'В опубликованном руководстве или вопросе импортированный язык сразу публикуется; в ещё не опубликованном сохраняется черновик. Файл с любой ошибкой ничего не меняет.',
    file: 'Файл XLIFF',
    importButton: 'Импортировать',
    importing: 'Импорт…',
    refused: 'Отклонено — ничего не изменено. Ошибки:',
    imported: 'Импортировано.',
    written: 'Записано документов',
    unchanged: 'Сегментов без изменений',
    warnings: 'Оставлено как было:',
  },
  zh: {
    title: 'XLIFF：在翻译工具中翻译',
    nav: 'XLIFF 导出 / 导入',
    intro:
      '把待翻译的文本导出为 XLIFF（memoQ、Trados、OmegaT、Crowdin），在工具中翻译后再导入。格式和链接是行内标记：每个标记保留一次，放在对应的文字两侧。',
    exportHeading: '导出',
    locale: '目标语言',
    collection: '集合',
    allCollections: '全部集合',
    id: '文档 ID（可选）',
    only: '单元',
    onlyAll: '全部单元',
    onlyTodo: '仅缺失和过期的',
    version: 'XLIFF 版本',
    download: '下载 XLIFF',
    importHeading: '导入',
    importHint:
      '已发布的指南或问答会立即发布导入的语言；从未发布的保存为草稿。文件有任何问题时不会做任何修改。',
    file: 'XLIFF 文件',
    importButton: '导入',
    importing: '正在导入…',
    refused: '已拒绝，没有任何修改。问题：',
    imported: '已导入。',
    written: '写入的文档',
    unchanged: '未改变的单元',
    warnings: '保持原样：',
  },
} as const

export type XliffMessages = { [K in keyof (typeof messages)['en']]: string }

export function xliffMessages(language: string | undefined): XliffMessages {
  return language === 'zh' || language === 'ru' ? messages[language] : messages.en
}
