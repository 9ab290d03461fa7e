import en from '@/i18n/messages/en.json'
import ru from '@/i18n/messages/ru.json'
import zh from '@/i18n/messages/zh.json'

import type { AdminText } from '../languages'

export type OptionTexts = Record<string, AdminText>

const messages = { zh, ru, en }

/** One option set from the readers' messages: the admin says what the site says. */
function fromMessages<V extends string>(
  values: readonly V[],
  pick: (m: typeof en) => Record<V, string>,
): OptionTexts {
  return Object.fromEntries(
    values.map((value) => [
      value,
      {
        zh: pick(messages.zh as typeof en)[value],
        ru: pick(messages.ru as typeof en)[value],
        en: pick(messages.en)[value],
      },
    ]),
  )
}

const keys = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[]

const checked = {
  yes: { zh: '支持', ru: 'Есть', en: 'Supported' },
  no: { zh: '不支持', ru: 'Нет', en: 'Not supported' },
  unknown: { zh: '尚未核实', ru: 'Пока не проверено', en: 'Not verified yet' },
}

/**
 * Select options' labels by field path. The language names (source languages, support
 * languages, locales, the admin language) stay each language's own name, as in the switcher.
 */
export const optionTexts: Record<string, OptionTexts> = {
  // The translation state's rows (translation-status).
  collection: {
    guides: { zh: '指南', ru: 'Руководства', en: 'Guides' },
    faqs: { zh: '常见问题', ru: 'Вопросы и ответы', en: 'FAQs' },
    carriers: { zh: '运营商', ru: 'Операторы', en: 'Carriers' },
    channels: { zh: '续费渠道', ru: 'Способы продления', en: 'Channels' },
  },
  state: {
    missing: { zh: '未翻译', ru: 'Не переведено', en: 'Missing' },
    outdated: { zh: '已过时', ru: 'Устарело', en: 'Outdated' },
    current: { zh: '最新', ru: 'Актуально', en: 'Current' },
  },
  topic: fromMessages(keys(en.topics), (m) => m.topics),
  'facts.kind': fromMessages(keys(en.facts.kind), (m) => m.facts.kind),
  kinds: fromMessages(keys(en.channel.kinds), (m) => m.channel.kinds),
  paymentMethods: fromMessages(keys(en.channel.payment), (m) => m.channel.payment),
  worksFromAbroad: fromMessages(
    keys(en.channel.worksFromAbroadValue),
    (m) => m.channel.worksFromAbroadValue,
  ),
  autoRenewal: checked,
  verification: {
    official: {
      zh: '官方（由运营商提供）',
      ru: 'Официальный (от оператора)',
      en: 'Official (run by the carrier)',
    },
    verified: { zh: '第三方，已核实', ru: 'Сторонний, проверен', en: 'Third party, verified' },
    unverified: {
      zh: '第三方，未核实',
      ru: 'Сторонний, не проверен',
      en: 'Third party, not verified',
    },
  },
  status: {
    active: { zh: '运营中', ru: 'Работает', en: 'Active' },
    merged: {
      zh: '已并入其他运营商',
      ru: 'Объединён с другим оператором',
      en: 'Merged into another carrier',
    },
    // A reader's report (src/collections/Reports.ts).
    open: { zh: '待处理', ru: 'Открыто', en: 'Open' },
    fixed: { zh: '已修正', ru: 'Исправлено', en: 'Fixed' },
    dismissed: { zh: '已驳回', ru: 'Отклонено', en: 'Dismissed' },
  },
  country: { KZ: { zh: '哈萨克斯坦', ru: 'Казахстан', en: 'Kazakhstan' } },
  role: {
    admin: { zh: '管理员', ru: 'Администратор', en: 'Admin' },
    editor: { zh: '编辑', ru: 'Редактор', en: 'Editor' },
    translator: { zh: '译者', ru: 'Переводчик', en: 'Translator' },
  },
}
