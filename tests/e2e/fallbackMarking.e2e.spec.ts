import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { doc, p } from '../support/lexical'
import { restClientFor } from '../support/restClient'
import { sharedBrowser } from '../support/sharedBrowser'

/**
 * Text shown in a locale it was not written in is always marked (issue 8, item 2): a FAQ and a
 * guide written in zh and ru only, a channel in zh only, and a carrier translated everywhere
 * but for its balance check (zh only). Every page type is walked in ru and en; every Chinese text
 * must sit in an element with `lang="zh-Hans"`, and every such element must carry a visible
 * marker (or sit under the page's untranslated notice).
 */

const baseUrl = inject('baseUrl')
const browser = sharedBrowser()
let api: Awaited<ReturnType<typeof restClientFor>>

const text = {
  faqQuestion: {
    zh: '回退标记测试：卡过期后怎么办？',
    ru: 'Тест пометок: что делать, если карта истекла?',
  },
  guideTitle: { zh: '回退标记测试指南', ru: 'Тестовое руководство пометок' },
  guideBody: { zh: '这是回退标记测试的正文。', ru: 'Это текст тестового руководства пометок.' },
  channelName: '回退标记测试渠道',
  carrierName: { zh: '回退测试运营商', ru: 'Оператор тестапометок', en: 'Markingtest carrier' },
  // Deliberately no code or number: the test must not invent a carrier's USSD code.
  balanceCheck: '在测试运营商的应用里查看余额。',
}

const created: { collection: string; id: number }[] = []
const ids = { faq: 0, guide: 0, channel: 0, carrier: 0 }

async function create(collection: string, locale: string, data: Record<string, unknown>) {
  const { doc: made } = await api('POST', `/${collection}?locale=${locale}`, data)
  created.unshift({ collection, id: made.id })
  return made.id as number
}

beforeAll(async () => {
  api = await restClientFor(baseUrl, 'editor@simatlas.test')
  ids.carrier = await create('carriers', 'zh', {
    name: text.carrierName.zh,
    slug: 'markingtest-carrier',
    description: '用于回退标记测试的运营商。',
    // A sourced fact written in zh only: the ru and en pages show it marked.
    facts: [
      {
        kind: 'balanceCheck',
        text: text.balanceCheck,
        source: {
          url: 'https://markingtest.example/balance',
          title: '测试页面',
          language: 'zh',
          checkedOn: '2026-12-01',
        },
      },
    ],
    _status: 'published',
  })
  await api('PATCH', `/carriers/${ids.carrier}?locale=ru`, {
    name: text.carrierName.ru,
    description: 'Оператор для теста пометок непереведённого текста.',
    _status: 'published',
  })
  await api('PATCH', `/carriers/${ids.carrier}?locale=en`, {
    name: text.carrierName.en,
    description: 'A carrier made by the markingtest of untranslated text.',
    _status: 'published',
  })
  ids.channel = await create('channels', 'zh', {
    name: text.channelName,
    slug: 'markingtest-channel',
    summary: '只有中文的测试渠道。',
    kinds: ['carrier-app'],
    carriers: [ids.carrier],
    _status: 'published',
  })
  ids.faq = await create('faqs', 'zh', {
    question: text.faqQuestion.zh,
    slug: 'markingtest-faq',
    answer: doc(p('回退标记测试的回答。')),
    topic: 'expiry',
    order: 0, // first, so it is among the home page's common questions
    relatedCarriers: [ids.carrier],
    _status: 'published',
  })
  await api('PATCH', `/faqs/${ids.faq}?locale=ru`, {
    question: text.faqQuestion.ru,
    answer: doc(p('Ответ теста пометок.')),
    _status: 'published',
  })
  ids.guide = await create('guides', 'zh', {
    title: text.guideTitle.zh,
    slug: 'huitui-biaoji-ceshi',
    summary: '回退标记测试的摘要。',
    topic: 'renewal',
    country: 'KZ',
    body: doc(p(text.guideBody.zh)),
    relatedCarriers: [ids.carrier],
    relatedChannels: [ids.channel],
    relatedFaqs: [ids.faq],
    _status: 'published',
  })
  await api('PATCH', `/guides/${ids.guide}?locale=ru`, {
    title: text.guideTitle.ru,
    slug: 'testovoe-rukovodstvo-pometok',
    summary: 'Сводка тестового руководства пометок.',
    body: doc(p(text.guideBody.ru)),
    _status: 'published',
  })
})

afterAll(async () => {
  for (const { collection, id } of created) await api('DELETE', `/${collection}/${id}`)
})

async function withPage<T>(path: string, run: (page: Page) => Promise<T>, width = 1280) {
  const context = await browser().newContext({ viewport: { width, height: 900 } })
  const page = await context.newPage()
  try {
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.status(), path).toBe(200)
    return await run(page)
  } finally {
    await context.close()
  }
}

type Problems = {
  unmarkedText: string[]
  unmarkedElements: string[]
  marks: string[]
  notice: boolean
}

/**
 * In the page: Chinese text outside a `lang="zh…"` element, and `lang="zh…"` elements (the
 * outermost ones) with no visible marker in them or beside them and no untranslated notice on
 * the page. Language names in the language switcher and tables (中文) are autonyms, not
 * fallback text: their own `lang` is all they need.
 */
function findProblems(page: Page): Promise<Problems> {
  return page.evaluate(() => {
    const han = /\p{Script=Han}/u
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect()
      const style = getComputedStyle(el)
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden'
    }
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> ${(el.textContent ?? '').trim().slice(0, 60)}`
    const unmarkedText: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest('script, style, template, noscript')) continue
      if (!han.test(node.textContent ?? '')) continue
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? ''
      if (!lang.startsWith('zh')) unmarkedText.push(describe(parent))
    }
    const notice = [...document.querySelectorAll('.notice[role="note"]')].some(visible)
    const marks = [...document.querySelectorAll('.fallback-mark')].filter(visible)
    const unmarkedElements: string[] = []
    for (const el of document.querySelectorAll('body [lang^="zh"]')) {
      if (el.parentElement?.closest('[lang^="zh"]')) continue // inside a marked one
      if (el.closest('nav.languages') || el.textContent?.trim() === '中文') continue
      if (!visible(el)) continue
      const parent = el.parentElement
      const near =
        (notice && el.closest('article')) ||
        marks.some(
          (mark) =>
            el.contains(mark) || (parent && !parent.matches('ul, ol') && parent.contains(mark)),
        )
      if (!near) unmarkedElements.push(describe(el))
    }
    return {
      unmarkedText,
      unmarkedElements,
      marks: marks.map((m) => m.textContent ?? ''),
      notice,
    }
  })
}

/**
 * What is wrong on one page: its problems, and the texts of `expectMarked` (texts that must be
 * on the page, in a visible `lang="zh-Hans"` element) that are not so.
 */
async function pageProblems(path: string, expectMarked: string[]) {
  return withPage(path, async (page) => {
    const { unmarkedText, unmarkedElements, marks, notice } = await findProblems(page)
    const missing: string[] = []
    for (const shown of expectMarked) {
      const element = page.locator('[lang="zh-Hans"]', { hasText: shown }).first()
      if (!(await element.count()) || !(await element.isVisible())) missing.push(shown)
    }
    if (expectMarked.length > 0 && marks.length === 0 && !notice)
      missing.push('(no marker or notice on the page)')
    return Object.fromEntries(
      Object.entries({ unmarkedText, unmarkedElements, missing }).filter(([, v]) => v.length),
    )
  })
}

/** Walks the pages and lists every problem of every page, so a failure shows them all. */
async function expectMarkedEverywhere(pages: [path: string, expectMarked?: string[]][]) {
  const problems: Record<string, unknown> = {}
  for (const [path, expectMarked = []] of pages) {
    const found = await pageProblems(path, expectMarked)
    if (Object.keys(found).length) problems[path] = found
  }
  expect(problems).toEqual({})
}

const searchFor = (locale: string, q: string) => `/${locale}/search?q=${encodeURIComponent(q)}`

describe('fallback text is marked on every page type', () => {
  it('in English: the zh/ru FAQ and guide, the zh channel and the zh-only balance check', async () => {
    await expectMarkedEverywhere([
      ['/en', [text.faqQuestion.zh, text.guideTitle.zh]],
      ['/en/guides', [text.guideTitle.zh]],
      ['/en/guides/huitui-biaoji-ceshi', [text.guideBody.zh, text.faqQuestion.zh]],
      ['/en/guides/renew-tourist-sim-kazakhstan'],
      ['/en/faq', [text.faqQuestion.zh]],
      ['/en/carriers', [text.channelName]],
      ['/en/carriers/markingtest-carrier', [text.balanceCheck, text.channelName]],
      ['/en/channels/markingtest-channel', [text.channelName]],
      // The carrier is found by its English text; its snippet must not run on into the
      // zh-only balance check.
      [searchFor('en', 'markingtest')],
    ])
  })

  it('in Russian: the zh channel and the zh-only balance check', async () => {
    await expectMarkedEverywhere([
      ['/ru'],
      ['/ru/guides'],
      ['/ru/guides/testovoe-rukovodstvo-pometok', [text.channelName]],
      ['/ru/faq'],
      ['/ru/carriers', [text.channelName]],
      ['/ru/carriers/markingtest-carrier', [text.balanceCheck, text.channelName]],
      ['/ru/channels/markingtest-channel', [text.channelName]],
      [searchFor('ru', 'тестапометок')],
      [searchFor('ru', 'пометок')],
    ])
  })

  it('keeps the marker inside a 360 px wide screen', async () => {
    for (const path of [
      '/en',
      '/en/guides/huitui-biaoji-ceshi',
      '/en/faq',
      '/en/carriers',
      '/en/carriers/markingtest-carrier',
    ]) {
      await withPage(
        path,
        async (page) => {
          const overflow = await page.evaluate(() => {
            const marks = [...document.querySelectorAll('.fallback-mark')]
            return {
              marks: marks.length,
              outside: marks
                .filter((m) => !m.closest('.table-scroll'))
                .map((m) => m.getBoundingClientRect())
                .filter((box) => box.left < 0 || box.right > window.innerWidth).length,
              pageWidth: document.documentElement.scrollWidth,
            }
          })
          expect(overflow.marks, path).toBeGreaterThan(0)
          expect(overflow.outside, path).toBe(0)
          expect(overflow.pageWidth, path).toBeLessThanOrEqual(360)
        },
        360,
      )
    }
  })
})
