import type { LocalePublishState } from '../localePublishStates'

/** The publish controls' own words, in every admin language; English when the admin's is another. */
const strings = {
  en: {
    publishIn: (language: string) => `Publish in ${language}`,
    publishAll: (pending: number) => `Publish all languages (${pending} pending)`,
    openOwnLanguage: (language: string) => `Open the ${language} version to publish it`,
    sourceFirst: (source: string) => `Not published yet: publish ${source} first`,
    sharedWaiting: (fields: string[]) =>
      `${fields.join(', ')}: a change shared by every language waits for an editor to publish it first`,
    states: {
      published: 'Published',
      pending: 'Published, changes pending',
      draft: 'Draft, never published',
      missing: 'Not translated',
    } satisfies Record<LocalePublishState, string>,
    waiting: { pending: 'changes pending', draft: 'draft only' },
    by: (who: string, when: string) => `${who}, ${when}`,
    unknownEditor: 'unknown',
    languages: 'Languages',
  },
  ru: {
    publishIn: (language: string) => `Опубликовать: ${language}`,
    publishAll: (pending: number) => `Опубликовать все языки (ожидают: ${pending})`,
    openOwnLanguage: (language: string) => `Откройте версию «${language}», чтобы опубликовать её`,
    sourceFirst: (source: string) => `Ещё не опубликовано: сначала опубликуйте ${source}`,
    sharedWaiting: (fields: string[]) =>
      `${fields.join(', ')}: общее для всех языков изменение ждёт публикации редактором`,
    states: {
      published: 'Опубликовано',
      pending: 'Опубликовано, есть неопубликованные изменения',
      draft: 'Черновик, не публиковался',
      missing: 'Нет перевода',
    } satisfies Record<LocalePublishState, string>,
    waiting: { pending: 'есть изменения', draft: 'только черновик' },
    by: (who: string, when: string) => `${who}, ${when}`,
    unknownEditor: 'неизвестно',
    languages: 'Языки',
  },
  zh: {
    publishIn: (language: string) => `发布${language}版`,
    publishAll: (pending: number) => `发布所有语言（${pending} 个待发布）`,
    openOwnLanguage: (language: string) => `请打开${language}版本再发布`,
    sourceFirst: (source: string) => `尚未发布：请先发布${source}版`,
    sharedWaiting: (fields: string[]) => `${fields.join('、')}：所有语言共用的修改须先由编辑发布`,
    states: {
      published: '已发布',
      pending: '已发布，有待发布的修改',
      draft: '草稿，从未发布',
      missing: '未翻译',
    } satisfies Record<LocalePublishState, string>,
    waiting: { pending: '有待发布的修改', draft: '仅有草稿' },
    by: (who: string, when: string) => `${who}，${when}`,
    unknownEditor: '未知',
    languages: '语言',
  },
}

export type PublishStrings = (typeof strings)['en']

export const publishStrings = (language: string | undefined): PublishStrings =>
  strings[(language ?? 'en') as keyof typeof strings] ?? strings.en
