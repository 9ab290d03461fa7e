import { inAdminLanguage } from './languages'

/**
 * The refusals our hooks send that the admin shows a translator (as a toast), in the request's
 * language: Payload's `req.i18n.language`, which the admin's requests carry in its language
 * cookie and API clients pick with Accept-Language (else English).
 */
const quoted = (fields: string[]) => fields.map((f) => `"${f}"`).join(', ')

export const serverMessages = {
  forbiddenFieldChange: (fields: string[], language?: string) =>
    inAdminLanguage(
      {
        en: `You may not change ${quoted(fields)}; nothing was saved.`,
        ru: `Вам нельзя изменять ${quoted(fields)}; ничего не сохранено.`,
        zh: `您无权修改 ${quoted(fields)}；未保存任何内容。`,
      },
      language,
    ),
  translatorsPublishOwnLanguage: (language?: string) =>
    inAdminLanguage(
      {
        en: 'Translators save drafts, or publish their own language only ("Publish in …" in the publish menu, or ?publishSpecificLocale= on the API). Publishing, unpublishing or restoring the whole document is for editors.',
        ru: 'Переводчики сохраняют черновики или публикуют только свой язык («Опубликовать на …» в меню публикации или ?publishSpecificLocale= в API). Публиковать, снимать с публикации или восстанавливать весь документ могут только редакторы.',
        zh: '译者可以保存草稿，或只发布自己的语言（发布菜单中的“以……发布”，或 API 的 ?publishSpecificLocale=）。发布、取消发布或恢复整篇文档由编辑操作。',
      },
      language,
    ),
  publishWholeFirst: (language?: string) =>
    inAdminLanguage(
      {
        en: 'This document is not published yet, so one language cannot be published on its own: an editor publishes the whole document first.',
        ru: 'Этот документ ещё не опубликован, поэтому один язык нельзя опубликовать отдельно: сначала редактор публикует весь документ.',
        zh: '此文档尚未发布，因此不能单独发布一种语言：需先由编辑发布整篇文档。',
      },
      language,
    ),
  publishSourceFirst: (language?: string) =>
    inAdminLanguage(
      {
        en: 'This document is not published yet: publish the Chinese source first ("Publish in 中文", ?locale=zh), or every language at once (publishAllLocales=true).',
        ru: 'Этот документ ещё не опубликован: сначала опубликуйте китайский оригинал («Опубликовать на 中文», ?locale=zh) или все языки сразу (publishAllLocales=true).',
        zh: '此文档尚未发布：请先发布中文原文（“以中文发布”，?locale=zh），或一次发布所有语言（publishAllLocales=true）。',
      },
      language,
    ),
  sharedChangePending: (fields: string[], language?: string) =>
    inAdminLanguage(
      {
        en: `${quoted(fields)} ${fields.length === 1 ? 'has' : 'have'} a change waiting as a draft, shared by every language: publishing one language would put it live in all of them. An editor publishes or discards it first.`,
        ru: `В ${quoted(fields)} есть изменение в черновике, общее для всех языков: публикация одного языка опубликовала бы его во всех. Сначала редактор публикует или отменяет его.`,
        zh: `${quoted(fields)} 有一项尚未发布的草稿修改，为所有语言共用：单独发布一种语言会让它在所有语言中上线。需先由编辑发布或放弃这项修改。`,
      },
      language,
    ),
  /** A translator's change to a media file's shared parts: `what` says which. */
  mediaIsShared: (
    what: { replacing: true } | { resizing: true } | { fields: string[] },
    language?: string,
  ) => {
    const en =
      'Translators may change only the alt text of media, in their own locales. The file and its details are shared by every language:'
    const ru =
      'Переводчики могут менять только альтернативный текст медиафайлов, на своих языках. Сам файл и его данные общие для всех языков:'
    const zh = '译者只能修改媒体文件的替代文字，且只限自己的语言。文件本身及其信息为所有语言共用：'
    if ('replacing' in what) {
      return inAdminLanguage(
        {
          en: `${en} replacing the file is for editors.`,
          ru: `${ru} заменять файл могут только редакторы.`,
          zh: `${zh}替换文件由编辑操作。`,
        },
        language,
      )
    }
    if ('resizing' in what) {
      return inAdminLanguage(
        {
          en: `${en} cropping or resizing the image is for editors.`,
          ru: `${ru} обрезать изображение или менять его размер могут только редакторы.`,
          zh: `${zh}裁剪或调整图片大小由编辑操作。`,
        },
        language,
      )
    }
    const names = quoted(what.fields)
    return inAdminLanguage(
      {
        en: `${en} ${names} ${what.fields.length > 1 ? 'are' : 'is'} for editors.`,
        ru: `${ru} ${names} — только для редакторов.`,
        zh: `${zh}${names} 由编辑修改。`,
      },
      language,
    )
  },
}
