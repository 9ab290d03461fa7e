/**
 * The demo content, taken from the Chinese source article on renewing a tourist SIM in
 * Kazakhstan (zh as written, ru and en translated). Facts the article does not give (prices,
 * phone numbers, USSD codes, web addresses, per-carrier validity) are left out on purpose, for an
 * editor to fill in from the carriers' official information.
 */
import type { Locale } from '@/i18n/locales'

import { callout, doc, h, list, p, steps } from './lexical'

export type Localized<T> = Record<Locale, T>

export type SeedCarrier = { slug: string; name: Localized<string>; description: Localized<string> }

const carrierDescription: Localized<string> = {
  zh: '哈萨克斯坦的电信运营商之一，提供游客可以使用的预付费SIM卡。套餐、有效期和续费规则请以运营商的官方信息为准。',
  ru: 'Один из операторов связи Казахстана; предлагает предоплаченные SIM-карты, которыми могут пользоваться туристы. Тарифы, сроки действия и правила продления уточняйте в официальных источниках оператора.',
  en: "One of Kazakhstan's telecom operators, offering prepaid SIM cards that visitors can use. Check the carrier's official information for plans, validity periods and renewal rules.",
}

export const carriers: SeedCarrier[] = [
  { slug: 'kazakhtelecom', name: { zh: 'Kazakhtelecom', ru: 'Казахтелеком', en: 'Kazakhtelecom' } },
  { slug: 'beeline', name: { zh: 'Beeline', ru: 'Билайн', en: 'Beeline' } },
  { slug: 'tele2', name: { zh: 'Tele2', ru: 'Tele2', en: 'Tele2' } },
].map((carrier) => ({ ...carrier, description: carrierDescription }))

export type SeedChannel = {
  slug: string
  kinds: ('carrier-website' | 'carrier-app' | 'retail-store' | 'third-party-agent')[]
  verification: 'official' | 'verified' | 'unverified'
  paymentMethods: ('card' | 'cash-kzt' | 'wechat-pay' | 'alipay')[]
  worksFromAbroad: 'yes' | 'no' | 'unknown'
  /** Which seeded carriers it serves; empty for agents, whose coverage the article leaves open. */
  carrierSlugs: string[]
  name: Localized<string>
  summary: Localized<string>
  steps: Localized<string[]>
  pros: Localized<string[]>
  cautions: Localized<string[]>
  timeToEffect: Localized<string> | null
}

const allCarriers = carriers.map((c) => c.slug)

export const channels: SeedChannel[] = [
  {
    slug: 'carrier-website-or-app',
    kinds: ['carrier-website', 'carrier-app'],
    verification: 'official',
    paymentMethods: [],
    worksFromAbroad: 'yes',
    carrierSlugs: allCarriers,
    name: {
      zh: '在线续费（运营商官网或APP）',
      ru: 'Онлайн: на сайте или в приложении оператора',
      en: "Online: the carrier's website or app",
    },
    summary: {
      zh: '通过运营商的官方网站或官方APP在线续费，无需前往营业厅。',
      ru: 'Продление онлайн на официальном сайте или в приложении оператора — без похода в салон связи.',
      en: "Renew online on the carrier's official website or app, without visiting a store.",
    },
    steps: {
      zh: [
        '登录运营商官网或下载其官方APP。',
        '输入你的远游卡号码。',
        '选择合适的套餐，支付续费金额。',
        '支付成功后，卡内余额将自动更新。',
      ],
      ru: [
        'Откройте официальный сайт оператора или скачайте его официальное приложение.',
        'Введите номер своей туристической SIM-карты.',
        'Выберите подходящий тариф и оплатите продление.',
        'После успешной оплаты баланс на карте обновится автоматически.',
      ],
      en: [
        "Go to the carrier's official website or download its official app.",
        "Enter your tourist SIM's phone number.",
        'Choose a suitable plan and pay for the renewal.',
        'Once the payment goes through, your balance updates automatically.',
      ],
    },
    pros: {
      zh: ['无需亲自前往营业厅，节省时间，适合不想出门的用户。'],
      ru: [
        'Не нужно идти в салон связи: это экономит время и удобно тем, кто не хочет никуда выходить.',
      ],
      en: ['No trip to a store: it saves time and suits anyone who would rather stay in.'],
    },
    cautions: {
      zh: [
        '确保你的设备连接到稳定的网络环境。',
        '支付时注意核对金额和卡号，避免输入错误。',
        '如果不确定如何操作，可以联系客服咨询。',
      ],
      ru: [
        'Убедитесь, что у устройства стабильное подключение к интернету.',
        'При оплате сверьте сумму и номер карты, чтобы не ошибиться.',
        'Если не уверены, как действовать, обратитесь в службу поддержки.',
      ],
      en: [
        'Make sure your device has a stable internet connection.',
        'When paying, double-check the amount and the number to avoid typos.',
        'If you are unsure what to do, contact customer support.',
      ],
    },
    timeToEffect: {
      zh: '一般几分钟到几个小时',
      ru: 'Обычно от нескольких минут до нескольких часов',
      en: 'Usually a few minutes to a few hours',
    },
  },
  {
    slug: 'retail-store',
    kinds: ['retail-store'],
    verification: 'official',
    paymentMethods: ['cash-kzt'],
    worksFromAbroad: 'no',
    carrierSlugs: allCarriers,
    name: { zh: '运营商营业厅', ru: 'В салоне связи оператора', en: 'At a carrier store' },
    summary: {
      zh: '带上证件和远游卡前往运营商的实体营业厅，由工作人员当面办理续费。',
      ru: 'Возьмите документ, удостоверяющий личность, и SIM-карту и продлите её в салоне связи оператора с помощью сотрудника.',
      en: 'Take your ID and the SIM card to a carrier store, where a staff member renews it with you.',
    },
    steps: {
      zh: [
        '带上你的身份证件和远游卡。',
        '到达营业厅后，找到工作人员说明情况。',
        '工作人员会帮助你查询卡的状态，并推荐合适的续费方案。',
        '完成支付后，卡内余额将立即更新。',
      ],
      ru: [
        'Возьмите с собой документ, удостоверяющий личность, и SIM-карту.',
        'В салоне подойдите к сотруднику и объясните, что вам нужно.',
        'Сотрудник проверит состояние карты и предложит подходящий вариант продления.',
        'После оплаты баланс обновится сразу.',
      ],
      en: [
        'Bring your ID document and the SIM card.',
        'At the store, find a staff member and explain what you need.',
        "They check the card's status and suggest a suitable renewal option.",
        'Once you have paid, the balance updates immediately.',
      ],
    },
    pros: {
      zh: ['直接与工作人员沟通，避免因语言或操作问题导致的麻烦。'],
      ru: [
        'Вы общаетесь с сотрудником напрямую — меньше проблем из-за языка или незнакомых шагов.',
      ],
      en: [
        'You deal with a person directly, which avoids trouble with language or unfamiliar steps.',
      ],
    },
    cautions: {
      zh: [
        '营业厅可能需要排队等候，请合理安排时间。',
        '部分营业厅可能不支持外币支付，需提前准备好当地货币。',
      ],
      ru: [
        'В салоне может быть очередь — заложите на это время.',
        'Некоторые салоны не принимают иностранную валюту: заранее подготовьте тенге.',
      ],
      en: [
        'There may be a queue, so allow some time.',
        'Some stores do not accept foreign currency: have local money (tenge) ready.',
      ],
    },
    timeToEffect: { zh: '立即', ru: 'Сразу', en: 'Immediately' },
  },
  {
    slug: 'third-party-agent',
    kinds: ['third-party-agent'],
    verification: 'unverified',
    paymentMethods: ['wechat-pay', 'alipay'],
    worksFromAbroad: 'yes',
    carrierSlugs: [],
    name: { zh: '第三方代理商', ru: 'Через стороннего агента', en: 'Through a third-party agent' },
    summary: {
      zh: '部分第三方代理商提供远游卡续费服务，通常支持微信、支付宝等更灵活的支付方式。',
      ru: 'Некоторые сторонние агенты продлевают туристические SIM-карты и обычно принимают WeChat Pay, Alipay и другие способы оплаты.',
      en: 'Some third-party agents renew tourist SIMs, usually with more flexible payment such as WeChat Pay or Alipay.',
    },
    steps: {
      zh: [
        '在代理商的网站或小程序上注册账号。',
        '输入你的远游卡号码并选择续费套餐。',
        '使用支持的支付方式进行付款。',
        '续费完成后，等待卡内余额更新。',
      ],
      ru: [
        'Зарегистрируйтесь на сайте агента или в его мини-приложении.',
        'Введите номер SIM-карты и выберите тариф для продления.',
        'Оплатите одним из доступных способов.',
        'После продления дождитесь, пока обновится баланс.',
      ],
      en: [
        "Create an account on the agent's website or mini program.",
        "Enter your SIM's number and choose a renewal plan.",
        'Pay with one of the supported methods.',
        'After renewing, wait for the balance to update.',
      ],
    },
    pros: {
      zh: ['支付方式多样，适合习惯使用电子支付的用户。'],
      ru: ['Много способов оплаты — удобно тем, кто привык к электронным платежам.'],
      en: ['Plenty of ways to pay, handy if you are used to paying by phone.'],
    },
    cautions: {
      zh: ['确认代理商的资质，避免上当受骗。', '查看续费后的到账时间，以免影响正常使用。'],
      ru: [
        'Убедитесь, что агенту можно доверять, чтобы не попасть на мошенников.',
        'Узнайте, через какое время после оплаты продление вступит в силу, чтобы не остаться без связи.',
      ],
      en: [
        'Check that the agent is legitimate so you do not get scammed.',
        'Find out how long the renewal takes to arrive so you are not left without service.',
      ],
    },
    timeToEffect: null,
  },
]

export type SeedFaq = {
  slug: string
  topic: 'renewal' | 'expiry' | 'troubleshooting'
  order: number
  question: Localized<string>
  answer: Localized<string>
}

export const faqs: SeedFaq[] = [
  {
    slug: 'renew-after-expiry',
    topic: 'expiry',
    order: 10,
    question: {
      zh: '我的远游卡已经过期，还能续费吗？',
      ru: 'Срок действия моей SIM-карты уже истёк. Её ещё можно продлить?',
      en: 'My tourist SIM has already expired. Can I still renew it?',
    },
    answer: {
      zh: '大多数情况下是可以续费的。只要卡内还有余额，且运营商支持续费功能，就可以继续使用。但如果卡过期太久，可能需要重新激活，具体以运营商规定为准。',
      ru: 'В большинстве случаев да. Если на счёте остались деньги и оператор поддерживает продление, картой можно пользоваться дальше. Но если карта просрочена слишком давно, её, возможно, придётся активировать заново — точные правила зависят от оператора.',
      en: "In most cases, yes. As long as there is still a balance on the card and the carrier allows renewals, you can keep using it. If it expired a long time ago, though, it may need to be reactivated; the carrier's rules decide.",
    },
  },
  {
    slug: 'renew-from-abroad',
    topic: 'renewal',
    order: 20,
    question: {
      zh: '我可以在其他国家续费吗？',
      ru: 'Можно ли продлить карту, находясь в другой стране?',
      en: 'Can I renew from another country?',
    },
    answer: {
      zh: '理论上可以，只要你有网络连接，就可以通过线上渠道进行续费。不过需要注意的是，部分地区可能存在网络限制，建议提前咨询运营商。',
      ru: 'В принципе да: если есть доступ в интернет, карту можно продлить онлайн. Учтите только, что в некоторых регионах действуют сетевые ограничения, поэтому лучше заранее уточнить у оператора.',
      en: 'In principle, yes: with an internet connection you can renew through an online channel. Some regions restrict network access, though, so check with the carrier beforehand.',
    },
  },
  {
    slug: 'time-to-take-effect',
    topic: 'renewal',
    order: 30,
    question: {
      zh: '续费后多久才能生效？',
      ru: 'Через какое время продление вступает в силу?',
      en: 'How long does a renewal take to work?',
    },
    answer: {
      zh: '续费后一般会在几分钟到几个小时内生效。如果长时间未生效，建议联系客服询问具体情况。',
      ru: 'Обычно — от нескольких минут до нескольких часов. Если продление долго не срабатывает, обратитесь в службу поддержки.',
      en: 'Usually anywhere from a few minutes to a few hours. If it still has not taken effect after a long while, contact customer support.',
    },
  },
  {
    slug: 'renewal-failed',
    topic: 'troubleshooting',
    order: 40,
    question: {
      zh: '续费失败怎么办？',
      ru: 'Что делать, если продлить карту не получилось?',
      en: 'What if the renewal fails?',
    },
    answer: {
      zh: '如果续费失败，首先要检查网络连接是否正常；其次确认支付信息是否准确；最后可以尝试换一种支付方式。如果仍然无法解决，建议直接联系运营商客服寻求帮助。',
      ru: 'Сначала проверьте подключение к интернету, затем — правильность платёжных данных; можно также попробовать другой способ оплаты. Если ничего не помогло, обратитесь напрямую в службу поддержки оператора.',
      en: "First check your internet connection, then make sure your payment details are correct, and try a different payment method. If it still does not work, contact the carrier's customer support directly.",
    },
  },
]

export type SeedGuide = {
  /** Stable key for the seed; the public slugs are per locale. */
  key: string
  topic: 'renewal' | 'expiry'
  slug: Localized<string>
  title: Localized<string>
  summary: Localized<string>
  meta: { title: Localized<string>; description: Localized<string> }
  body: Localized<ReturnType<typeof doc>>
  carrierSlugs: string[]
  channelSlugs: string[]
  faqSlugs: string[]
}

/** Words the renewal guide's body uses around the channel data, per locale. */
const renewalWords: Localized<{
  intro: string
  whatIs: string
  whatIsText: string
  features: string
  featureList: string[]
  whoFor: string
  whoForList: string[]
  rules: string
  validity: string
  validityText: string
  validityWarning: string
  autoRenewal: string
  autoRenewalText: string
  autoRenewalTip: string
  howTo: string
  howToText: string
  channelIntro: string[]
  pros: string
  cautions: string
  summaryTitle: string
  summaryText: string
}> = {
  zh: {
    intro:
      '如果你计划前往哈萨克斯坦，或者已经在当地旅行，“远游卡”（也叫国际SIM卡或旅游SIM卡）可能是你的首选通信工具。这种卡专为游客设计，提供便捷的上网和通话服务，让你在异国他乡也能轻松保持联系。不过，很多用户在使用一段时间后会遇到一个问题：远游卡到期了怎么办？还能续费吗？本指南介绍续费的规则、渠道和常见问题。',
    whatIs: '什么是远游卡？它适合哪些人使用？',
    whatIsText:
      '远游卡是一种预付费SIM卡，通常由当地的电信运营商提供，比如哈萨克斯坦的Kazakhtelecom、Beeline、Tele2等。这种卡操作简单、费用低廉，尤其适合短期旅行者、商务人士以及不想更换手机卡的人群。',
    features: '哈萨克斯坦远游卡的主要功能包括：',
    featureList: [
      '提供本地通话、短信服务。',
      '提供高速数据流量，方便你在旅途中刷社交媒体、查地图或观看视频。',
      '支持多语言客服，解决语言障碍问题。',
    ],
    whoFor: '适合使用远游卡的人群主要包括：',
    whoForList: [
      '**短期游客**：如果你只是去哈萨克斯坦旅游几天或几周，远游卡能帮你省下高昂的国际漫游费。',
      '**商务人士**：对于需要临时处理工作的商务人士来说，远游卡是一个经济实惠的选择。',
      '**手机网络依赖者**：如果你平时离不开手机，远游卡可以确保你在国外依然能够保持在线状态。',
    ],
    rules: '远游卡的使用期限与续费规则',
    validity: '默认有效期',
    validityText:
      '大多数远游卡都有一个固定的使用期限，比如7天、14天或30天。在这段时间内，你可以正常使用通话、短信和流量功能。',
    validityWarning:
      '一旦超过有效期，卡内的余额可能会被冻结，无法继续使用。如果发现卡快到期了，一定要提前做好准备。',
    autoRenewal: '自动续费',
    autoRenewalText:
      '部分运营商支持远游卡的自动续费功能：在卡到期时，如果卡内仍有余额，系统会自动扣除一定金额，延长卡的有效期。',
    autoRenewalTip:
      '并非所有远游卡都支持自动续费，具体取决于运营商的规定。建议在购买卡片时向工作人员确认。',
    howTo: '如何续费远游卡？',
    howToText:
      '如果你的远游卡已经到期，或者即将到期，别担心！续费其实并不复杂，常见的渠道有以下三种。',
    channelIntro: [
      '这是最方便的方式之一。许多运营商都提供了线上续费的服务，你可以通过官方网站或官方APP完成续费操作。',
      '如果你更倾向于面对面解决问题，可以选择前往运营商的实体营业厅办理续费业务。',
      '除了运营商本身，还有一些第三方代理商也提供远游卡续费服务。这些代理商通常会提供更灵活的支付方式，比如微信、支付宝等。',
    ],
    pros: '优点',
    cautions: '注意事项',
    summaryTitle: '总结',
    summaryText:
      '总的来说，哈萨克斯坦的远游卡续费并不是一件难事，只要掌握正确的方法，就能顺利延长使用期限。无论是通过线上渠道还是线下营业厅，都可以轻松搞定。同时，建议大家在购买远游卡时仔细阅读相关条款，了解清楚续费规则，以便更好地享受旅行中的便利。',
  },
  ru: {
    intro:
      'Если вы собираетесь в Казахстан или уже путешествуете по стране, туристическая SIM-карта (её ещё называют международной или дорожной) — пожалуй, самый удобный способ оставаться на связи. Такие карты рассчитаны на приезжих: с ними легко выходить в интернет и звонить вдали от дома. Но рано или поздно многие сталкиваются с одним и тем же вопросом: срок действия карты заканчивается — можно ли её продлить и как? В этом руководстве — правила, способы продления и ответы на частые вопросы.',
    whatIs: 'Что такое туристическая SIM-карта и кому она подходит',
    whatIsText:
      'Это предоплаченная SIM-карта, которую обычно выпускает местный оператор связи — в Казахстане, например, Kazakhtelecom, Beeline или Tele2. Она проста в использовании и недорога, поэтому особенно удобна тем, кто приехал ненадолго, деловым путешественникам и тем, кто не хочет менять свою основную SIM-карту.',
    features: 'Что даёт туристическая SIM-карта в Казахстане:',
    featureList: [
      'Местные звонки и SMS.',
      'Быстрый мобильный интернет — для соцсетей, карт и видео в дороге.',
      'Поддержку на нескольких языках, чтобы языковой барьер не стал проблемой.',
    ],
    whoFor: 'Кому она подойдёт:',
    whoForList: [
      '**Туристам на короткий срок.** Если вы едете в Казахстан на несколько дней или недель, местная карта избавит от дорогого международного роуминга.',
      '**Деловым путешественникам.** Недорогой способ оставаться на связи, когда нужно решать рабочие вопросы.',
      '**Тем, кто не расстаётся со смартфоном.** С ней вы будете онлайн и за границей.',
    ],
    rules: 'Срок действия и правила продления',
    validity: 'Стандартный срок действия',
    validityText:
      'У большинства туристических SIM-карт фиксированный срок действия — например, 7, 14 или 30 дней. В течение этого срока звонки, SMS и интернет работают как обычно.',
    validityWarning:
      'Когда срок истечёт, остаток на счёте могут заморозить, и пользоваться картой будет нельзя. Если срок подходит к концу, позаботьтесь о продлении заранее.',
    autoRenewal: 'Автопродление',
    autoRenewalText:
      'Некоторые операторы поддерживают автоматическое продление: когда срок действия заканчивается, а на счёте ещё есть деньги, система сама списывает нужную сумму и продлевает карту.',
    autoRenewalTip:
      'Автопродление есть не у всех карт — это зависит от правил оператора. Уточните у продавца при покупке.',
    howTo: 'Как продлить туристическую SIM-карту',
    howToText:
      'Если срок действия карты уже истёк или вот-вот истечёт, не волнуйтесь: продлить её несложно. Есть три основных способа.',
    channelIntro: [
      'Один из самых удобных способов: многие операторы позволяют продлить карту онлайн, на официальном сайте или в официальном приложении.',
      'Если вам удобнее решать вопросы лично, продлите карту в салоне связи оператора.',
      'Помимо самих операторов, продление предлагают и сторонние агенты. Обычно у них больше способов оплаты — например, WeChat Pay или Alipay.',
    ],
    pros: 'Плюсы',
    cautions: 'На что обратить внимание',
    summaryTitle: 'Итог',
    summaryText:
      'В целом продлить туристическую SIM-карту в Казахстане несложно, если знать, как это делается: и онлайн, и в салоне связи это не отнимет много сил. При покупке внимательно прочитайте условия и выясните правила продления — тогда в поездке не будет неприятных сюрпризов.',
  },
  en: {
    intro:
      'If you are planning a trip to Kazakhstan, or are already travelling there, a tourist SIM (also called an international or travel SIM) is probably the easiest way to stay connected. These cards are made for visitors, with simple access to mobile data and calls far from home. Sooner or later, though, many travellers hit the same question: the card is about to expire — can it be renewed, and how? This guide covers the rules, the ways to renew and the questions people ask most.',
    whatIs: 'What is a tourist SIM, and who is it for?',
    whatIsText:
      "A tourist SIM is a prepaid SIM card, usually issued by a local carrier — in Kazakhstan, for example, Kazakhtelecom, Beeline or Tele2. It is simple to use and cheap, which makes it a good fit for short trips, business travel and anyone who doesn't want to swap out their usual SIM.",
    features: 'What a tourist SIM in Kazakhstan gives you:',
    featureList: [
      'Local calls and text messages.',
      'Fast mobile data for social media, maps and video on the go.',
      'Customer support in several languages, so language is less of a barrier.',
    ],
    whoFor: 'Who it suits:',
    whoForList: [
      '**Short-term visitors.** If you are in Kazakhstan for a few days or weeks, a local SIM spares you expensive international roaming.',
      '**Business travellers.** An affordable way to stay reachable when work comes up.',
      '**Anyone who lives on their phone.** You stay online while abroad.',
    ],
    rules: 'Validity and renewal rules',
    validity: 'The standard validity period',
    validityText:
      'Most tourist SIMs are valid for a fixed period, such as 7, 14 or 30 days. During that time calls, texts and data work as normal.',
    validityWarning:
      'Once the validity period is over, any remaining balance may be frozen and the card stops working. If your card is close to expiring, sort out the renewal in advance.',
    autoRenewal: 'Auto-renewal',
    autoRenewalText:
      'Some carriers renew tourist SIMs automatically: when the card expires and there is still money on it, the system deducts the amount due and extends the validity.',
    autoRenewalTip:
      "Not every tourist SIM supports auto-renewal; it depends on the carrier's rules. Ask the sales staff when you buy the card.",
    howTo: 'How to renew a tourist SIM',
    howToText:
      "If your card has expired or is about to, don't worry: renewing it is not complicated. There are three common ways.",
    channelIntro: [
      'One of the most convenient options: many carriers let you renew online, on their official website or in their official app.',
      'If you prefer to sort things out face to face, renew at one of the carrier’s stores.',
      'Besides the carriers themselves, some third-party agents also renew tourist SIMs. They usually offer more flexible payment, such as WeChat Pay or Alipay.',
    ],
    pros: 'Pros',
    cautions: 'Watch out for',
    summaryTitle: 'In short',
    summaryText:
      'Renewing a tourist SIM in Kazakhstan is not hard once you know how: online or at a store, it takes little effort. When you buy the card, read the terms carefully and find out how renewal works, so nothing catches you out on the road.',
  },
}

function renewalBody(locale: Locale) {
  const w = renewalWords[locale]
  return doc(
    p(w.intro),
    h('h2', w.whatIs),
    p(w.whatIsText),
    p(w.features),
    list('bullet', w.featureList),
    p(w.whoFor),
    list('bullet', w.whoForList),
    h('h2', w.rules),
    h('h3', w.validity),
    p(w.validityText),
    callout('warning', w.validityWarning),
    h('h3', w.autoRenewal),
    p(w.autoRenewalText),
    callout('tip', w.autoRenewalTip),
    h('h2', w.howTo),
    p(w.howToText),
    ...channels.flatMap((channel, i) => [
      h('h3', `${i + 1}. ${channel.name[locale]}`),
      p(w.channelIntro[i]),
      steps(channel.steps[locale]),
      p(`**${w.pros}:** ${channel.pros[locale].join(' ')}`),
      ...(channel.verification === 'unverified'
        ? [
            callout('warning', channel.cautions[locale][0]),
            ...cautionList(channel.cautions[locale].slice(1), w.cautions),
          ]
        : cautionList(channel.cautions[locale], w.cautions)),
    ]),
    h('h2', w.summaryTitle),
    p(w.summaryText),
  )
}

function cautionList(items: string[], heading: string) {
  return items.length ? [p(`**${heading}:**`), list('bullet', items)] : []
}

const tips: Localized<{ intro: string; items: string[]; outro: string }> = {
  zh: {
    intro: '为了避免远游卡突然失效，造成不必要的麻烦，以下几点小技巧或许对你有所帮助。',
    items: [
      '**提前规划好行程**：在出发前了解自己的行程安排，估算大概需要多少流量和通话时间，选择合适的套餐。',
      '**关注卡内余额**：定期查看卡内余额，尤其是接近有效期时，及时续费以确保连续使用。',
      '**设置提醒**：可以利用手机日历或闹钟功能设置提醒，避免忘记续费。',
      '**选择自动续费**：如果支持自动续费功能，尽量开启此选项，减少手动操作的麻烦。',
    ],
    outro: '购买远游卡时，建议仔细阅读相关条款，了解清楚有效期和续费规则。',
  },
  ru: {
    intro:
      'Чтобы туристическая SIM-карта не отключилась внезапно и не доставила лишних хлопот, воспользуйтесь несколькими простыми советами.',
    items: [
      '**Спланируйте поездку заранее.** Ещё до отъезда прикиньте маршрут, оцените, сколько интернета и минут вам понадобится, и выберите подходящий тариф.',
      '**Следите за балансом.** Регулярно проверяйте остаток на счёте, особенно ближе к концу срока действия, и вовремя продлевайте карту, чтобы связь не прерывалась.',
      '**Поставьте напоминание.** Добавьте событие в календарь телефона или заведите будильник, чтобы не забыть о продлении.',
      '**Включите автопродление.** Если карта его поддерживает, включите эту функцию — меньше возни вручную.',
    ],
    outro:
      'При покупке карты внимательно прочитайте условия и выясните сроки действия и правила продления.',
  },
  en: {
    intro:
      'To keep your tourist SIM from suddenly going dead and causing needless trouble, these tips may help.',
    items: [
      '**Plan your trip ahead.** Before you leave, look at your itinerary, estimate how much data and call time you will need, and pick a plan that fits.',
      '**Keep an eye on your balance.** Check it regularly, especially as the expiry date gets close, and renew in time so your service never lapses.',
      "**Set a reminder.** Use your phone's calendar or an alarm so you don't forget to renew.",
      '**Turn on auto-renewal.** If your card supports it, switch it on and save yourself the manual steps.',
    ],
    outro:
      'When you buy the card, read the terms carefully and find out its validity and renewal rules.',
  },
}

const perLocale = <T>(make: (locale: Locale) => T): Localized<T> => ({
  zh: make('zh'),
  ru: make('ru'),
  en: make('en'),
})

export const guides: SeedGuide[] = [
  {
    key: 'renewal',
    topic: 'renewal',
    // ru slugs are transliterated (Latin), so they stay readable when a URL is copied anywhere.
    slug: {
      zh: 'hasakesitan-yuanyouka-xufei',
      ru: 'prodlenie-turisticheskoy-sim-karty-v-kazakhstane',
      en: 'renew-tourist-sim-kazakhstan',
    },
    title: {
      zh: '哈萨克斯坦远游卡怎么续费？——详细指南',
      ru: 'Как продлить туристическую SIM-карту в Казахстане: подробное руководство',
      en: 'How to renew a tourist SIM card in Kazakhstan: a complete guide',
    },
    summary: {
      zh: '远游卡到期了怎么办？本指南介绍哈萨克斯坦远游卡的有效期和自动续费规则，三种续费渠道（官网或APP、营业厅、第三方代理商）的步骤和注意事项，以及常见问题。',
      ru: 'Что делать, когда срок действия туристической SIM-карты подходит к концу: сроки действия и автопродление, три способа продления — на сайте или в приложении оператора, в салоне связи и через агента — и ответы на частые вопросы.',
      en: "What to do when your tourist SIM is about to expire: how validity and auto-renewal work, the three ways to renew (the carrier's website or app, a carrier store, a third-party agent) step by step, and answers to common questions.",
    },
    meta: {
      title: {
        zh: '哈萨克斯坦远游卡续费指南',
        ru: 'Продление туристической SIM-карты в Казахстане',
        en: 'Renewing a tourist SIM in Kazakhstan',
      },
      description: {
        zh: '哈萨克斯坦远游卡的有效期、自动续费，以及通过官网或APP、营业厅、第三方代理商续费的步骤和注意事项。',
        ru: 'Сроки действия, автопродление и три способа продлить туристическую SIM-карту в Казахстане: онлайн, в салоне связи и через агента.',
        en: 'Validity, auto-renewal and three ways to renew a tourist SIM in Kazakhstan: online, at a carrier store or through an agent.',
      },
    },
    body: perLocale(renewalBody),
    carrierSlugs: allCarriers,
    channelSlugs: channels.map((c) => c.slug),
    faqSlugs: faqs.map((f) => f.slug),
  },
  {
    key: 'avoid-expiry',
    topic: 'expiry',
    slug: {
      zh: 'bimian-yuanyouka-guoqi',
      ru: 'kak-ne-dopustit-istecheniya-sim-karty',
      en: 'keep-tourist-sim-from-expiring',
    },
    title: {
      zh: '如何避免远游卡过期？',
      ru: 'Как не допустить, чтобы туристическая SIM-карта истекла',
      en: 'How to keep your tourist SIM from expiring',
    },
    summary: {
      zh: '提前规划行程、关注余额、设置提醒、开启自动续费：四个小技巧，避免远游卡突然失效。',
      ru: 'Планируйте заранее, следите за балансом, ставьте напоминания и включайте автопродление — четыре простых совета, чтобы карта не отключилась в самый неподходящий момент.',
      en: 'Plan ahead, watch your balance, set a reminder and turn on auto-renewal: four simple habits that keep your SIM from cutting out unexpectedly.',
    },
    meta: {
      title: {
        zh: '如何避免远游卡过期',
        ru: 'Как не дать туристической SIM-карте истечь',
        en: 'Keep your tourist SIM from expiring',
      },
      description: {
        zh: '四个小技巧：提前规划行程、关注卡内余额、设置续费提醒、开启自动续费。',
        ru: 'Четыре совета: планируйте поездку, следите за балансом, ставьте напоминание о продлении и включайте автопродление.',
        en: 'Four tips: plan your trip, watch your balance, set a renewal reminder and turn on auto-renewal.',
      },
    },
    body: perLocale((locale) =>
      doc(p(tips[locale].intro), list('number', tips[locale].items), p(tips[locale].outro)),
    ),
    carrierSlugs: [],
    channelSlugs: ['carrier-website-or-app'],
    faqSlugs: ['renew-after-expiry'],
  },
]
