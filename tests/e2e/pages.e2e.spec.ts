import { describe, expect, it, inject } from 'vitest'

import { sharedBrowser } from '../support/sharedBrowser'

const baseUrl = inject('baseUrl')

const browser = sharedBrowser()

async function open(path: string, locale = 'zh-CN') {
  const context = await browser().newContext({ locale })
  const page = await context.newPage()
  const response = await page.goto(`${baseUrl}${path}`)
  return { page, response, close: () => context.close() }
}

describe('the renewal guide', () => {
  const cases = [
    {
      path: '/zh/guides/hasakesitan-yuanyouka-xufei',
      lang: 'zh-Hans',
      title: '哈萨克斯坦远游卡怎么续费？',
      text: '如何续费远游卡？',
    },
    {
      path: '/ru/guides/prodlenie-turisticheskoy-sim-karty-v-kazakhstane',
      lang: 'ru',
      title: 'Как продлить туристическую SIM-карту в Казахстане',
      text: 'Как продлить туристическую SIM-карту',
    },
    {
      path: '/en/guides/renew-tourist-sim-kazakhstan',
      lang: 'en',
      title: 'How to renew a tourist SIM card in Kazakhstan',
      text: 'How to renew a tourist SIM',
    },
  ]

  for (const { path, lang, title, text } of cases) {
    it(`reads in ${lang} at ${path}`, async () => {
      const { page, response, close } = await open(path)
      expect(response?.status()).toBe(200)
      expect(await page.getAttribute('html', 'lang')).toBe(lang)
      expect(await page.locator('h1').innerText()).toContain(title)
      expect(await page.locator('main h2', { hasText: text }).count()).toBe(1)
      // Steps render as a numbered list: four steps for each of the three channels.
      expect(await page.locator('main ol.steps > li').count()).toBe(12)
      await close()
    })
  }
})

describe('locale routing and 404s', () => {
  it('sends / to the reader’s language', async () => {
    const { page, close } = await open('/', 'ru-RU')
    expect(new URL(page.url()).pathname).toBe('/ru')
    expect(await page.getAttribute('html', 'lang')).toBe('ru')
    await close()
  })

  it('answers an unknown slug with a 404 page in the reader’s language', async () => {
    const { page, response, close } = await open('/ru/guides/no-such-guide')
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').innerText()).toBe('Страница не найдена')
    await close()
  })

  it('answers an unknown locale with a 404 in the reader’s language (Accept-Language)', async () => {
    const { page, response, close } = await open('/de/guides/anything', 'en-GB')
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').innerText()).toBe('Page not found')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await close()
  })
})

describe('the admin', () => {
  it('shows the login form', async () => {
    const { page, close } = await open('/admin')
    await page.waitForURL(/\/admin\/login/)
    await page.locator('input[name="email"]').waitFor()
    expect(await page.locator('input[type="password"]').count()).toBe(1)
    await close()
  })
})
