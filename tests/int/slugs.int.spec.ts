import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugFromTitle, transliterate } from '../../src/fields/slug'
import type { Faq, Guide } from '../../src/payload-types'
import { apiClient } from '../support/api'
import { doc, p } from '../support/lexical'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn } from '../support/staff'

/**
 * Slugs made from titles when left empty (Chinese as pinyin, Russian transliterated, Latin as
 * it is), unique, editable, following a never-published title and never rewritten once readers
 * have had them.
 */
let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let editor: string
let n = 0

const faqBody = (question: string) => ({
  question,
  answer: doc(p(`${question}的回答。`)),
  topic: 'renewal',
})
const guideBody = (title: string) => ({
  title,
  topic: 'renewal',
  country: 'KZ',
  body: doc(p(title)),
})

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  await createStaff(payload, 'editor@slugs.test', 'editor')
  editor = await signIn('editor@slugs.test')
})
afterAll(async () => {
  await closePayload(payload)
})

describe('the slug a title gives', () => {
  it('is toneless pinyin for Chinese, one hyphenated syllable per character, Latin runs kept', () => {
    expect(slugFromTitle('哈萨克斯坦旅游卡怎么续费？')).toBe(
      'ha-sa-ke-si-tan-lv-you-ka-zen-me-xu-fei',
    )
    expect(slugFromTitle('SIM卡过期了怎么办')).toBe('sim-ka-guo-qi-le-zen-me-ban')
    expect(slugFromTitle('Kcell 官方应用')).toBe('kcell-guan-fang-ying-yong')
  })

  it('is Latin for Russian and Kazakh, and Latin titles as before', () => {
    expect(transliterate('Щёлково')).toBe('shchelkovo')
    expect(slugFromTitle('Продление туристической SIM-карты в Казахстане')).toBe(
      'prodlenie-turisticheskoy-sim-karty-v-kazakhstane',
    )
    expect(slugFromTitle('Қызылорда')).toBe('kyzylorda')
    expect(slugFromTitle('Renewing a tourist SIM, step by step')).toBe(
      'renewing-a-tourist-sim-step-by-step',
    )
  })

  it('is cut at a hyphen past 96 characters', () => {
    const slug = slugFromTitle('续费'.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug.startsWith('xu-fei-xu-fei')).toBe(true)
  })
})

describe('an FAQ', () => {
  it('published at once from a Chinese question gets its anchor in pinyin (was "invalid: Slug")', async () => {
    n++
    const { status, json } = await api.post(
      '/faqs?locale=zh',
      { ...faqBody(`余额怎么查${n}`), _status: 'published' },
      editor,
    )
    expect(status, JSON.stringify(json)).toBe(201)
    expect((json.doc as Faq).slug).toBe(`yu-e-zen-me-cha-${n}`)
    // Readers get it under that anchor.
    const read = await api.get(`/faqs?where[slug][equals]=yu-e-zen-me-cha-${n}&locale=zh`)
    expect(read.json.docs).toHaveLength(1)
  })

  it('with the same question as another gets the next free suffix', async () => {
    const question = '卡过期了怎么办'
    const slugs: string[] = []
    for (let i = 0; i < 3; i++) {
      const { status, json } = await api.post(
        '/faqs?locale=zh',
        { ...faqBody(question), _status: 'published' },
        editor,
      )
      expect(status, JSON.stringify(json)).toBe(201)
      slugs.push((json.doc as Faq).slug)
    }
    expect(slugs).toEqual([
      'ka-guo-qi-le-zen-me-ban',
      'ka-guo-qi-le-zen-me-ban-2',
      'ka-guo-qi-le-zen-me-ban-3',
    ])
  })

  it('keeps a slug the editor typed, and refuses one another FAQ has with a 400 naming the field', async () => {
    n++
    const mine = await api.post(
      '/faqs?locale=zh',
      { ...faqBody(`自定义${n}`), slug: `My Own ${n}`, _status: 'published' },
      editor,
    )
    expect(mine.status).toBe(201)
    expect((mine.json.doc as Faq).slug).toBe(`my-own-${n}`)
    const taken = await api.post(
      '/faqs?locale=zh',
      { ...faqBody(`另一个${n}`), slug: `my-own-${n}`, _status: 'published' },
      editor,
    )
    expect(taken.status).toBe(400)
    expect(JSON.stringify(taken.json)).toMatch(/slug/i)
  })
})

describe('a guide', () => {
  it('gets each locale’s slug from that locale’s title', async () => {
    n++
    const created = await api.post(
      '/guides?locale=zh',
      { ...guideBody(`在阿拉木图买卡${n}`), _status: 'published' },
      editor,
    )
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const id = (created.json.doc as Guide).id
    expect((created.json.doc as Guide).slug).toBe(`zai-a-la-mu-tu-mai-ka-${n}`)

    for (const [locale, title, slug] of [
      ['ru', `Купить SIM-карту в Алматы ${n}`, `kupit-sim-kartu-v-almaty-${n}`],
      ['en', `Buying a SIM in Almaty ${n}`, `buying-a-sim-in-almaty-${n}`],
    ] as const) {
      const saved = await api.patch(
        `/guides/${id}?locale=${locale}`,
        { title, body: doc(p(title)) },
        editor,
      )
      expect(saved.status, JSON.stringify(saved.json)).toBe(200)
      expect((saved.json.doc as Guide).slug).toBe(slug)
    }
    // The zh slug is untouched by the other locales' saves.
    const zh = await api.get(`/guides/${id}?locale=zh`)
    expect((zh.json as Guide).slug).toBe(`zai-a-la-mu-tu-mai-ka-${n}`)
  })

  it('follows its title while never published, then never changes by itself', async () => {
    n++
    // Autosave writes the first seconds of a title…
    const draft = await api.post('/guides?locale=zh&draft=true', { title: '哈' }, editor)
    expect(draft.status, JSON.stringify(draft.json)).toBe(201)
    const id = (draft.json.doc as Guide).id
    expect((draft.json.doc as Guide).slug).toBe('ha')
    // …and the slug follows the title as it is finished.
    const typed = await api.patch(
      `/guides/${id}?locale=zh&draft=true`,
      { ...guideBody(`哈萨克${n}`) },
      editor,
    )
    expect((typed.json.doc as Guide).slug).toBe(`ha-sa-ke-${n}`)
    const published = await api.patch(
      `/guides/${id}?locale=zh`,
      { ...guideBody(`哈萨克${n}`), _status: 'published' },
      editor,
    )
    expect(published.status, JSON.stringify(published.json)).toBe(200)
    // A published slug stays when the title changes, in a draft and in a publish.
    for (const query of ['draft=true', '']) {
      const retitled = await api.patch(
        `/guides/${id}?locale=zh&${query}`,
        { title: `新标题${n}${query}` },
        editor,
      )
      expect(retitled.status, JSON.stringify(retitled.json)).toBe(200)
      expect((retitled.json.doc as Guide).slug).toBe(`ha-sa-ke-${n}`)
    }
  })

  it('keeps a slug the editor changed when the title changes, and a partial save keeps the slug', async () => {
    n++
    const draft = await api.post(
      '/guides?locale=zh&draft=true',
      { ...guideBody(`标题${n}`) },
      editor,
    )
    const id = (draft.json.doc as Guide).id
    await api.patch(`/guides/${id}?locale=zh&draft=true`, { slug: `chosen-${n}` }, editor)
    const retitled = await api.patch(
      `/guides/${id}?locale=zh&draft=true`,
      { title: `别的标题${n}` },
      editor,
    )
    expect((retitled.json.doc as Guide).slug).toBe(`chosen-${n}`)
    const partial = await api.patch(
      `/guides/${id}?locale=zh&draft=true`,
      { summary: '摘要' },
      editor,
    )
    expect((partial.json.doc as Guide).slug).toBe(`chosen-${n}`)
    // Emptying it asks for a new one from the title.
    const emptied = await api.patch(`/guides/${id}?locale=zh&draft=true`, { slug: '' }, editor)
    expect((emptied.json.doc as Guide).slug).toBe(`bie-de-biao-ti-${n}`)
  })
})
