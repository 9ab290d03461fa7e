import AxeBuilder from '@axe-core/playwright'
import ICAL from 'ical.js'
import type { Page } from 'playwright-core'
import http from 'node:http'
import { describe, expect, inject, it } from 'vitest'

import en from '../../src/i18n/messages/en.json'
import ru from '../../src/i18n/messages/ru.json'
import zh from '../../src/i18n/messages/zh.json'
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

  const reminderTexts = { zh: zh.reminder, ru: ru.reminder, en: en.reminder }

  async function calendarFile(locale: string, query: string) {
    const response = await fetch(
      `${baseUrl}/${locale}/tools/renewal-reminder/calendar.ics?${query}`,
    )
    return { status: response.status, text: await response.text() }
  }

  /** The file's one event as ical.js (Thunderbird's parser) reads it, and each alarm's moment. */
  function parseReminderEvent(ics: string) {
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time
    const alarms = event.getAllSubcomponents('valarm').map((alarm) => {
      const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration
      const at = start.clone()
      at.addDuration(trigger)
      return { at: at.toString(), action: alarm.getFirstPropertyValue('action') }
    })
    return {
      start: start.toString(),
      isAllDay: start.isDate,
      end: (event.getFirstPropertyValue('dtend') as ICAL.Time).toString(),
      summary: event.getFirstPropertyValue('summary'),
      description: event.getFirstPropertyValue('description'),
      alarms,
    }
  }

  for (const [locale, texts] of Object.entries(reminderTexts)) {
    it(`writes a valid RFC 5545 file in ${locale} that ical.js reads back`, async () => {
      const { status, text } = await calendarFile(locale, 'activation=2026-12-01&days=14&before=3')
      expect(status).toBe(200)

      const lines = text.split('\r\n')
      expect(lines.pop()).toBe('')
      for (const line of lines) {
        expect(line).not.toContain('\n')
        expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75)
      }
      // No duration with an empty time part ("P1DT", "-PT"), which RFC 5545 does not allow.
      expect(text).not.toMatch(/^(TRIGGER|DURATION)[^:]*:[^\r]*T\r$/m)

      expect(parseReminderEvent(text)).toEqual({
        start: '2026-12-15',
        isAllDay: true,
        end: '2026-12-16',
        summary: texts.eventTitle,
        description: texts.eventDescription.replace('{days}', '14').replace('{date}', '2026-12-01'),
        alarms: [
          { at: '2026-12-12', action: 'DISPLAY' },
          { at: '2026-12-15', action: 'DISPLAY' },
        ],
      })
    })
  }

  it('folds the long zh and ru descriptions, never inside a character', async () => {
    for (const locale of ['zh', 'ru']) {
      const { text } = await calendarFile(locale, 'activation=2026-12-01&days=14')
      expect(text, locale).toMatch(/^DESCRIPTION:.*\r\n .*/m)
      // A split UTF-8 sequence would have decoded to U+FFFD.
      expect(text, locale).not.toContain('\uFFFD')
    }
  })

  it('has a single alarm, on the day, when asked to remind 0 days before', async () => {
    const { status, text } = await calendarFile('en', 'activation=2026-02-27&days=2&before=0')
    expect(status).toBe(200)
    const event = parseReminderEvent(text)
    expect([event.start, event.end]).toEqual(['2026-03-01', '2026-03-02'])
    expect(event.alarms).toEqual([{ at: '2026-03-01', action: 'DISPLAY' }])
  })

  it('refuses a date that is not in the calendar with a 400 and a message', async () => {
    for (const activation of ['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01']) {
      const { status, text } = await calendarFile('en', `activation=${activation}&days=14`)
      expect(status, activation).toBe(400)
      expect(text, activation).toContain(en.reminder.invalid)
      expect(text, activation).toContain('activation')
    }
    expect((await calendarFile('en', 'activation=2028-02-29&days=14')).status).toBe(200)
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
      // Following a fragment link is asynchronous: wait for it rather than read the URL at once.
      await page.waitForURL((url) => url.hash === '#main', { timeout: 5000 })
      expect(await page.evaluate(() => document.querySelector('#main')?.tagName)).toBe('MAIN')
    })
  })
})
