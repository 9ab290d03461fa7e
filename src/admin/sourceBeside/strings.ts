/** The split view's own words, in each admin language (Payload's `i18n.language`), else en. */
const strings = {
  zh: {
    source: '中文原文',
    sourceOf: (label: string) => `中文原文 · ${label}`,
    changed: '中文已修改',
    changedSince: '自上次翻译以来中文的改动',
    missing: '未翻译',
    changedCount: (n: number) => `${n} 处中文已修改`,
    startFromSource: '从原文开始',
    startHint: '把中文原文复制到此字段（未保存），再译成本语言。',
    confirmReplace: '此字段已有内容。用中文原文替换吗？',
    loading: '正在加载中文原文…',
  },
  ru: {
    source: 'Оригинал (中文)',
    sourceOf: (label: string) => `Оригинал (中文) · ${label}`,
    changed: 'Изменено в оригинале',
    changedSince: 'Что изменилось в оригинале после перевода',
    missing: 'Не переведено',
    changedCount: (n: number) => `Изменено в оригинале: ${n}`,
    startFromSource: 'Начать с оригинала',
    startHint: 'Копирует китайский текст в поле (не сохраняя), чтобы перевести его.',
    confirmReplace: 'Поле уже заполнено. Заменить его китайским оригиналом?',
    loading: 'Загрузка оригинала…',
  },
  en: {
    source: 'Chinese source',
    sourceOf: (label: string) => `Chinese source · ${label}`,
    changed: 'Changed in Chinese',
    changedSince: 'What changed in Chinese since the translation',
    missing: 'Not translated',
    changedCount: (n: number) => `${n} changed in Chinese`,
    startFromSource: 'Start from the source',
    startHint: 'Copies the Chinese text into this field (unsaved), for you to translate.',
    confirmReplace: 'This field is filled in. Replace it with the Chinese source?',
    loading: 'Loading the Chinese source…',
  },
}

export type SourceBesideStrings = (typeof strings)['en']

export function sourceBesideStrings(language: string | undefined): SourceBesideStrings {
  const base = (language ?? '').toLowerCase().split('-')[0]
  return base in strings ? strings[base as keyof typeof strings] : strings.en
}
