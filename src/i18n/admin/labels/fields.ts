import type { AdminText } from '../languages'

export type FieldText = {
  label?: AdminText
  description?: AdminText
  /** An array's row, as in "Add …" (Payload derives it from the name, in English). */
  row?: AdminText
}

/** A source's fields, the same under a document's `sources` and a fact's `source`. */
const sourceFields = (prefix: string): Record<string, FieldText> => ({
  [`${prefix}.url`]: {
    label: {
      zh: '网页地址（https://…）',
      ru: 'Адрес страницы (https://…)',
      en: 'Page address (https://…)',
    },
  },
  [`${prefix}.title`]: {
    label: {
      zh: '网页标题（照原文）',
      ru: 'Заголовок страницы (как на ней)',
      en: 'Page title, as read',
    },
  },
  [`${prefix}.language`]: {
    label: { zh: '网页语言', ru: 'Язык страницы', en: 'Language of the page' },
  },
  [`${prefix}.checkedOn`]: { label: { zh: '核实日期', ru: 'Проверено', en: 'Checked on' } },
})

const text: FieldText = { label: { zh: '文字', ru: 'Текст', en: 'Text' } }

/**
 * Field labels and descriptions by path (`meta.title`, `facts.source.url`), the same wherever the
 * path occurs; `byCollection` words what differs in one collection.
 */
export const fieldTexts: Record<string, FieldText> = {
  title: { label: { zh: '标题', ru: 'Заголовок', en: 'Title' } },
  question: { label: { zh: '问题', ru: 'Вопрос', en: 'Question' } },
  name: { label: { zh: '名称', ru: 'Название', en: 'Name' } },
  slug: {
    label: { zh: '网址名', ru: 'Адрес (slug)', en: 'Slug' },
    description: {
      zh: '页面地址中的名称。留空时按标题生成（中文转为拼音），可随时修改；已发布的地址不会被自动改动。',
      ru: 'Часть адреса страницы. Если оставить пустым, создаётся из заголовка (русский — латиницей); можно изменить. Опубликованный адрес сам не меняется.',
      en: 'The name in the page’s address. Left empty, it is made from the title (Chinese as pinyin, Russian in Latin letters); edit it freely. A published address never changes by itself.',
    },
  },
  summary: { label: { zh: '摘要', ru: 'Краткое описание', en: 'Summary' } },
  minorEdit: {
    label: {
      zh: '小改动（错别字、标点）：译文保持最新',
      ru: 'Мелкая правка (опечатка, пунктуация): переводы остаются актуальными',
      en: 'Minor edit (typo, punctuation): translations stay current',
    },
  },
  body: { label: { zh: '正文', ru: 'Текст', en: 'Body' } },
  answer: { label: { zh: '回答', ru: 'Ответ', en: 'Answer' } },
  description: { label: { zh: '简介', ru: 'Описание', en: 'Description' } },
  topic: { label: { zh: '主题', ru: 'Тема', en: 'Topic' } },
  country: { label: { zh: '国家', ru: 'Страна', en: 'Country' } },
  order: {
    label: { zh: '排序', ru: 'Порядок', en: 'Order' },
    description: {
      zh: '数字小的排在前面。',
      ru: 'Меньшие числа идут первыми.',
      en: 'Lower numbers come first.',
    },
  },
  heroImage: { label: { zh: '题图', ru: 'Главное изображение', en: 'Hero image' } },
  logo: { label: { zh: '标志', ru: 'Логотип', en: 'Logo' } },
  relatedCarriers: {
    label: { zh: '相关运营商', ru: 'Связанные операторы', en: 'Related carriers' },
  },
  relatedChannels: {
    label: { zh: '相关续费渠道', ru: 'Связанные способы продления', en: 'Related channels' },
  },
  relatedFaqs: { label: { zh: '相关问题', ru: 'Связанные вопросы', en: 'Related FAQs' } },
  relatedGuides: { label: { zh: '相关指南', ru: 'Связанные руководства', en: 'Related guides' } },
  meta: { label: { zh: 'SEO（搜索引擎）', ru: 'SEO (поисковики)', en: 'SEO' } },
  'meta.title': {
    label: { zh: '搜索结果标题', ru: 'Заголовок в поиске', en: 'Title in search results' },
  },
  'meta.description': {
    label: { zh: '搜索结果描述', ru: 'Описание в поиске', en: 'Description in search results' },
  },
  'meta.image': {
    label: { zh: '分享图片', ru: 'Изображение для соцсетей', en: 'Image when shared' },
    description: {
      zh: '链接被分享时显示的图片（og:image）。空着则不显示图片。',
      ru: 'Картинка, которую показывают, когда ссылкой делятся (og:image). Пусто — без картинки.',
      en: 'Shown when the page is shared (og:image). Empty: no image.',
    },
  },
  feedback: {
    label: { zh: '读者反馈', ru: 'Отзывы читателей', en: 'Feedback' },
    description: {
      zh: '读者对“是否有帮助？”的回答。',
      ru: 'Ответы читателей на «Было полезно?».',
      en: 'Readers’ “Was this helpful?” answers.',
    },
  },
  sources: {
    label: { zh: '来源', ru: 'Источники', en: 'Sources' },
    row: { zh: '来源', ru: 'источник', en: 'Source' },
    description: {
      zh: '文中事实所依据的网页，在正文之后以“信息来源”列出。',
      ru: 'Страницы, откуда взяты факты; показываются после текста как «Источники».',
      en: 'The pages its facts come from, shown after its text as "Sources".',
    },
  },
  ...sourceFields('sources'),
  facts: {
    label: { zh: '事实', ru: 'Факты', en: 'Facts' },
    row: { zh: '事实', ru: 'факт', en: 'Fact' },
    description: {
      zh: '每条事实都附来源（地址、标题、语言、核实日期）。来源不完整时，网站显示“尚未核实”。',
      ru: 'Каждый факт с источником (адрес, заголовок, язык, дата проверки). Без полного источника сайт показывает «Пока не проверено».',
      en: 'Each fact with its source (address, title, language, date checked). Without a complete source the site shows "not verified yet".',
    },
  },
  'facts.kind': { label: { zh: '类型', ru: 'Вид', en: 'Kind' } },
  'facts.text': text,
  'facts.source': {
    label: { zh: '来源', ru: 'Источник', en: 'Source' },
    description: {
      zh: '事实的出处。来源不完整的事实显示为“尚未核实”。',
      ru: 'Откуда взят факт. Факт без полного источника показывается как «Пока не проверено».',
      en: 'Where the fact comes from. A fact with no complete source shows as "not verified yet".',
    },
  },
  ...sourceFields('facts.source'),
  factsVerifiedOn: {
    label: { zh: '事实核实于', ru: 'Факты проверены', en: 'Facts verified on' },
    description: {
      zh: '下列来源中最早的“核实日期”，保存时自动设置。',
      ru: 'Самая ранняя дата «Проверено» из источников ниже; ставится при сохранении.',
      en: 'The oldest "checked on" of the sources below, set on save.',
    },
  },
  appLinks: {
    label: { zh: '官方应用下载', ru: 'Приложение в магазинах', en: 'App store links' },
    description: {
      zh: '官方应用在应用商店的页面地址。留空则不显示。',
      ru: 'Адреса страниц официального приложения в магазинах. Пусто — не показывается.',
      en: 'The official app’s store pages. Empty: not shown.',
    },
  },
  'appLinks.appStore': {
    label: { zh: 'App Store 地址', ru: 'Адрес в App Store', en: 'App Store address' },
  },
  'appLinks.googlePlay': {
    label: { zh: 'Google Play 地址', ru: 'Адрес в Google Play', en: 'Google Play address' },
  },
  autoRenewal: { label: { zh: '自动续费', ru: 'Автопродление', en: 'Auto-renewal' } },
  validityOptions: {
    label: { zh: '有效期选项', ru: 'Сроки действия', en: 'Validity options' },
    description: {
      zh: '出售的有效期，以天计（如 7、14、30）。',
      ru: 'Продаваемые сроки действия в днях (например, 7, 14, 30).',
      en: 'Validity periods sold, in days (e.g. 7, 14, 30).',
    },
  },
  supportLanguages: { label: { zh: '客服语言', ru: 'Языки поддержки', en: 'Support languages' } },
  status: { label: { zh: '状态', ru: 'Статус', en: 'Status' } },
  mergedInto: { label: { zh: '并入', ru: 'Объединён с', en: 'Merged into' } },
  kinds: { label: { zh: '渠道类型', ru: 'Виды', en: 'Kinds' } },
  carriers: { label: { zh: '运营商', ru: 'Операторы', en: 'Carriers' } },
  verification: {
    label: { zh: '核实情况', ru: 'Проверка', en: 'Verification' },
    description: {
      zh: '对未经核实的第三方，网站会提醒读者。',
      ru: 'Читателей предупреждают о непроверенных сторонних агентах.',
      en: 'Readers are warned about unverified third parties.',
    },
  },
  paymentMethods: { label: { zh: '支付方式', ru: 'Способы оплаты', en: 'Payment methods' } },
  worksFromAbroad: {
    label: { zh: '在国外能否办理', ru: 'Работает из-за границы', en: 'Works from abroad' },
  },
  steps: {
    label: { zh: '步骤', ru: 'Шаги', en: 'Steps' },
    row: { zh: '步骤', ru: 'шаг', en: 'Step' },
  },
  'steps.text': text,
  pros: {
    label: { zh: '优点', ru: 'Плюсы', en: 'Pros' },
    row: { zh: '优点', ru: 'плюс', en: 'Pro' },
  },
  'pros.text': text,
  cautions: {
    label: { zh: '注意事项', ru: 'На что обратить внимание', en: 'Cautions' },
    row: { zh: '注意事项', ru: 'предостережение', en: 'Caution' },
  },
  'cautions.text': text,
  timeToEffect: {
    label: {
      zh: '一般生效时间',
      ru: 'Обычно вступает в силу через',
      en: 'Typical time to take effect',
    },
  },
  alt: {
    label: { zh: '替代文字', ru: 'Альтернативный текст', en: 'Alt text' },
    description: {
      zh: '为看不到图片的读者描述这张图片。',
      ru: 'Опишите изображение для читателей, которые его не видят.',
      en: 'Describe the image for readers who cannot see it.',
    },
  },
  role: { label: { zh: '角色', ru: 'Роль', en: 'Role' } },
  editableLocales: {
    label: { zh: '可编辑的语言', ru: 'Языки', en: 'Locales' },
    description: {
      zh: '仅用于译者：此人只能编辑这些语言。',
      ru: 'Для переводчиков: единственные языки, которые этот человек может редактировать.',
      en: 'For translators: the only locales this person may edit.',
    },
  },
  adminLanguage: {
    label: { zh: '后台语言', ru: 'Язык админки', en: 'Admin language' },
    description: {
      zh: '此人在所有设备上看到的后台语言。留空则跟随浏览器。',
      ru: 'Язык админки для этого человека на всех устройствах. Пусто — язык браузера.',
      en: 'The language of the admin for this person, on every device. Empty: the browser’s.',
    },
  },
  helpful: { label: { zh: '有帮助', ru: 'Помогло', en: 'Helpful' } },
  guide: { label: { zh: '指南', ru: 'Руководство', en: 'Guide' } },
  faq: { label: { zh: '常见问题', ru: 'Вопрос', en: 'FAQ' } },
  locale: { label: { zh: '语言', ru: 'Язык', en: 'Locale' } },
  voter: { label: { zh: '读者', ru: 'Читатель', en: 'Voter' } },
  client: { label: { zh: '客户端', ru: 'Клиент', en: 'Client' } },
  scheduled: { label: { zh: '已排期', ru: 'Запланировано', en: 'Scheduled' } },
}

/** What a path means in one collection only, over `fieldTexts`. */
export const fieldTextsByCollection: Record<string, Record<string, FieldText>> = {
  redirects: {
    from: {
      label: { zh: '旧网址', ru: 'Старый адрес', en: 'Old address' },
      description: {
        zh: '本站的路径，以语言开头，例如 /zh/guides/旧网址。不含域名和问号后的部分。',
        ru: 'Путь на этом сайте, начиная с языка, например /ru/guides/staryy-adres. Без домена и без части после «?».',
        en: 'A path on this site starting with its language, e.g. /en/guides/old-address. No host, nothing after “?”.',
      },
    },
    'to.type': { label: { zh: '转到', ru: 'Куда ведёт', en: 'Leads to' } },
    'to.reference': { label: { zh: '页面', ru: 'Страница', en: 'Page' } },
    'to.locale': {
      label: { zh: '页面语言', ru: 'Язык страницы', en: 'Language of the page' },
      description: {
        zh: '空着：与旧网址相同的语言。',
        ru: 'Пусто — тот же язык, что у старого адреса.',
        en: 'Empty: the language of the old address.',
      },
    },
    'to.url': {
      label: { zh: '本站路径', ru: 'Путь на сайте', en: 'Path on this site' },
      description: {
        zh: '只能是本站的路径，例如 /ru/faq#topic。不能是其他网站的地址。',
        ru: 'Только путь на этом сайте, например /ru/faq#topic. Адреса других сайтов не принимаются.',
        en: 'A path on this site only, e.g. /en/faq#topic. Addresses of other sites are refused.',
      },
    },
    type: {
      label: { zh: '类型', ru: 'Тип', en: 'Type' },
      description: {
        zh: '308：永久（搜索引擎改用新网址）；307：临时。',
        ru: '308 — навсегда (поисковики переходят на новый адрес); 307 — временно.',
        en: '308: permanent (search engines move to the new address); 307: temporary.',
      },
    },
  },
  'translation-status': {
    document: { label: { zh: '文档', ru: 'Документ', en: 'Document' } },
    collection: { label: { zh: '类别', ru: 'Раздел', en: 'Collection' } },
    title: {
      label: { zh: '标题', ru: 'Заголовок', en: 'Title' },
      description: { zh: '中文标题。', ru: 'Заголовок на китайском.', en: 'The zh title.' },
    },
    state: { label: { zh: '状态', ru: 'Состояние', en: 'State' } },
    missingUnits: { label: { zh: '未翻译单元', ru: 'Не переведено', en: 'Missing units' } },
    outdatedUnits: { label: { zh: '过时单元', ru: 'Устарело', en: 'Outdated units' } },
    totalUnits: { label: { zh: '单元总数', ru: 'Всего единиц', en: 'Total units' } },
    outdatedSince: {
      label: { zh: '过时起始', ru: 'Устарело с', en: 'Outdated since' },
      description: {
        zh: '最早过时的单元何时过时。',
        ru: 'Когда устарела самая давняя единица.',
        en: 'When the oldest outdated unit became outdated.',
      },
    },
    translatedAt: { label: { zh: '翻译时间', ru: 'Переведено', en: 'Translated at' } },
    translatedBy: { label: { zh: '译者', ru: 'Переводчик', en: 'Translated by' } },
    units: {
      label: { zh: '翻译单元', ru: 'Единицы перевода', en: 'Units' },
      description: {
        zh: '每个中文单元（字段、段落）及其在该语言中的状态。',
        ru: 'Каждая китайская единица (поле, блок) и её состояние на этом языке.',
        en: 'Each zh unit (field, block) and its state in this language.',
      },
    },
  },
  reports: {
    status: { label: { zh: '状态', ru: 'Состояние', en: 'Status' } },
    editorNote: {
      label: { zh: '编辑备注', ru: 'Заметка редактора', en: 'Editor’s note' },
      description: {
        zh: '做了什么修改，或为何驳回。读者看不到。',
        ru: 'Что исправлено или почему отклонено. Читатели этого не видят.',
        en: 'What was changed, or why it was dismissed. Readers never see it.',
      },
    },
    page: { label: { zh: '页面', ru: 'Страница', en: 'Page' } },
    path: { label: { zh: '页面地址', ru: 'Адрес страницы', en: 'Page address' } },
    wrong: { label: { zh: '哪里不对', ru: 'Что неверно', en: 'What is wrong' } },
    right: { label: { zh: '正确的是', ru: 'Как верно', en: 'What is right' } },
  },
  users: { name: { label: { zh: '姓名', ru: 'Имя', en: 'Name' } } },
  faqs: {
    slug: {
      label: { zh: '锚点', ru: 'Якорь', en: 'Slug' },
      description: {
        zh: '常见问题页面上的锚点。留空时按问题生成（拼音），可修改。',
        ru: 'Якорь на странице вопросов и ответов. Если оставить пустым, создаётся из вопроса; можно изменить.',
        en: 'Anchor on the FAQ page. Left empty, it is made from the question (Chinese as pinyin); editable.',
      },
    },
  },
}
