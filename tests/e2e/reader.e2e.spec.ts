import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import http from 'node:http'
import { describe, expect, inject, it } from 'vitest'

import { sharedBrowser } from '../support/sharedBrowser'

const baseUrl = inject('baseUrl')

const browser = sharedBrowser()

async function withPage<T>(
  path: string,
  run: (page: Page) => Promise<T>,
  width = 1280,
): Promise<T> {
  const context = await browser().newContext({
    viewport: { width, height: 800 },
    acceptDownloads: true,
  })
  const page = await context.newPage()
  try {
    await page.goto(`${baseUrl}${path}`)
    return await run(page)
  } finally {
    await context.close()
  }
}

describe('the language switcher', () => {
  it('goes to the same guide in the other language, under its own slug', async () => {
    await withPage('/zh/guides/hasakesitan-yuanyouka-xufei', async (page) => {
      await page
        .getByRole('navigation', { name: '语言' })
        .getByRole('link', { name: 'Русский' })
        .click()
      await page.waitForURL(/\/ru\//)
      expect(new URL(page.url()).pathname).toBe(
        '/ru/guides/prodlenie-turisticheskoy-sim-karty-v-kazakhstane',
      )
      expect(await page.locator('h1').innerText()).toContain('Как продлить')
    })
  })

  it('redirects a guide slug from another locale to this locale’s slug', async () => {
    const response = await fetch(`${baseUrl}/en/guides/hasakesitan-yuanyouka-xufei`, {
      redirect: 'manual',
    })
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toContain('/en/guides/renew-tourist-sim-kazakhstan')
  })
})

describe('search', () => {
  it('finds the renewal guide from the home page search box', async () => {
    await withPage('/ru', async (page) => {
      await page.getByRole('searchbox').fill('продление')
      await page.getByRole('searchbox').press('Enter')
      await page.waitForURL(/\/ru\/search\?q=/)
      const first = page.locator('ol.results > li').first()
      expect(await first.locator('a').innerText()).toContain('Как продлить туристическую SIM-карту')
      expect(await first.locator('mark').count()).toBeGreaterThan(0)
    })
  })

  it('finds two-character Chinese words', async () => {
    await withPage('/zh/search?q=' + encodeURIComponent('余额'), async (page) => {
      expect(await page.locator('ol.results mark', { hasText: '余额' }).count()).toBeGreaterThan(0)
    })
  })
})

describe('was this helpful?', () => {
  it('records a vote from the guide page and thanks the reader', async () => {
    await withPage('/en/guides/renew-tourist-sim-kazakhstan', async (page) => {
      const group = page.getByRole('group', { name: 'Was this helpful?' })
      await group.getByRole('button', { name: 'Yes' }).click()
      await group.getByText('Thank you for your feedback.').waitFor()
    })
  })
})

describe('the vote limit', () => {
  /** POST /api/feedback from a loopback address of its own, with whatever X-Forwarded-For. */
  function vote(id: number, forwardedFor: string) {
    const body = JSON.stringify({ collection: 'guides', id, locale: 'en', helpful: true })
    const url = new URL('/api/feedback', baseUrl)
    return new Promise<number>((resolve, reject) => {
      const request = http.request(
        url,
        {
          method: 'POST',
          localAddress: '127.0.0.77',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        },
        (response) => {
          response.resume()
          response.on('end', () => resolve(response.statusCode ?? 0))
        },
      )
      request.on('error', reject)
      request.end(body)
    })
  }

  it('counts the real client address: claiming a new X-Forwarded-For each time does not help', async () => {
    const found = await fetch(
      `${baseUrl}/api/guides?where[slug][equals]=renew-tourist-sim-kazakhstan&locale=en`,
    )
    const id = ((await found.json()) as { docs: { id: number }[] }).docs[0].id
    const statuses: number[] = []
    for (let i = 1; i <= 22; i++) statuses.push(await vote(id, `10.9.0.${i}`))
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(200))
    expect(statuses.slice(20)).toEqual([429, 429])
  })
})

describe('renewal reminder', () => {
  it('downloads a calendar file with the expiry date and an alarm before it', async () => {
    await withPage('/en/tools/renewal-reminder', async (page) => {
      await page.getByLabel('Activation date').fill('2026-12-01')
      await page.getByLabel('Validity (days)').fill('14')
      await page.getByLabel('Remind me this many days before').fill('3')
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /Download calendar file/ }).click(),
      ])
      expect(download.suggestedFilename()).toBe('sim-renewal-reminder.ics')
      const file = await download.path()
      const { readFile } = await import('node:fs/promises')
      const ics = await readFile(file, 'utf8')
      expect(ics).toContain('BEGIN:VCALENDAR')
      expect(ics).toMatch(/DTSTART;VALUE=DATE:20261215/)
      expect(ics).toContain('TRIGGER:-P3D')
      expect(ics).toContain('SUMMARY:Tourist SIM expires')
    })
  })

  it('refuses a nonsense validity with a 400 and a message', async () => {
    const response = await fetch(
      `${baseUrl}/ru/tools/renewal-reminder/calendar.ics?activation=2026-12-01&days=0`,
    )
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('Укажите правильную дату')
  })
})

describe('accessibility', () => {
  const pages = [
    '/zh',
    '/en/guides',
    '/ru/guides/prodlenie-turisticheskoy-sim-karty-v-kazakhstane',
    '/zh/faq',
    '/en/carriers',
    '/ru/carriers/beeline',
    '/en/channels/third-party-agent',
    '/zh/search?q=' + encodeURIComponent('续费'),
    '/ru/tools/renewal-reminder',
    '/en/no-such-page',
  ]
  for (const path of pages) {
    it(`axe finds no violations on ${path}`, async () => {
      const violations = await withPage(
        path,
        async (page) => (await new AxeBuilder({ page }).analyze()).violations,
      )
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([])
    })
  }

  it('lays out without horizontal scrolling at 360 px', async () => {
    for (const path of [
      '/ru/guides/prodlenie-turisticheskoy-sim-karty-v-kazakhstane',
      '/en/carriers',
      '/zh',
    ]) {
      const overflow = await withPage(
        path,
        (page) =>
          page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          ),
        360,
      )
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
  })

  it('can be used with the keyboard: the skip link leads to the main content', async () => {
    await withPage('/en', async (page) => {
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
      await page.keyboard.press('Enter')
      expect(new URL(page.url()).hash).toBe('#main')
    })
  })
})
