import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { restClientFor } from '../support/restClient'
import { sharedBrowser } from '../support/sharedBrowser'

/**
 * Every fact is shown with its source (issue 9): the source line in each locale, "not verified
 * yet" for a fact whose source is incomplete, and the comparison table filled from the facts.
 * Screenshots of the pages go to SIMATLAS_SHOTS_DIR when it is set (not into the repository).
 */

const baseUrl = inject('baseUrl')
const browser = sharedBrowser()
const shotsDir = process.env.SIMATLAS_SHOTS_DIR
let api: Awaited<ReturnType<typeof restClientFor>>
let unsourced = 0

async function withPage<T>(
  path: string,
  run: (page: import('playwright-core').Page) => Promise<T>,
) {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } })
  try {
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.status(), path).toBe(200)
    return await run(page)
  } finally {
    await page.close()
  }
}

beforeAll(async () => {
  api = await restClientFor(baseUrl, 'editor@simatlas.test')
  const { doc } = await api('POST', '/carriers?locale=en', {
    name: 'Unsourced carrier',
    slug: 'unsourced-carrier',
    description: 'A carrier whose facts have no complete source.',
    facts: [
      { kind: 'app', text: 'The Unsourced app tops you up.', source: { url: 'https://x.example' } },
      { kind: 'website', text: 'unsourced.example is the official site.' },
    ],
    // Carriers have drafts (issue 11): published at once.
    _status: 'published',
  })
  unsourced = doc.id
})
afterAll(async () => {
  if (unsourced) await api('DELETE', `/carriers/${unsourced}`)
})

const sourceLines = {
  zh: '来源：kcell.kz，核实于 2026年12月1日',
  ru: 'Источник: kcell.kz, проверено 1 дек. 2026 г.',
  en: 'Source: kcell.kz, checked Dec 1, 2026',
}

describe('facts with their sources', () => {
  it.each(Object.entries(sourceLines))(
    'the carrier page in %s shows each fact with its source line',
    async (locale, line) => {
      await withPage(`/${locale}/carriers/kcell`, async (page) => {
        const website = page.locator('li[data-fact="website"]').first()
        expect(await website.innerText()).toContain('www.kcell.kz')
        const source = website.locator('.source-line')
        expect((await source.innerText()).replace(/\s+/g, ' ')).toBe(line)
        expect(await source.locator('a').getAttribute('href')).toBe(
          'https://www.kcell.kz/en/product/topup',
        )
        // Every fact shown has one.
        const facts = await page.locator('li[data-fact]').count()
        expect(facts).toBeGreaterThanOrEqual(20)
        expect(await page.locator('li[data-fact] .source-line').count()).toBe(facts)
        if (shotsDir)
          await page.screenshot({ path: `${shotsDir}/carrier-kcell-${locale}.png`, fullPage: true })
      })
    },
  )

  it('a fact without a complete source shows "not verified yet", never its text', async () => {
    await withPage('/en/carriers/unsourced-carrier', async (page) => {
      const body = await page.locator('article').innerText()
      expect(body).not.toContain('The Unsourced app tops you up.')
      expect(body).not.toContain('unsourced.example is the official site.')
      expect(await page.locator('li[data-fact="app"]').innerText()).toBe('Not verified yet')
      expect(await page.locator('li[data-fact="website"]').innerText()).toBe('Not verified yet')
      expect(await page.locator('article .source-line').count()).toBe(0)
    })
  })

  it.each(['zh', 'ru', 'en'])(
    'the comparison table in %s is filled from the facts',
    async (locale) => {
      await withPage(`/${locale}/carriers`, async (page) => {
        const row = (slug: string) => page.locator(`tr:has(a[href$="/carriers/${slug}"])`)
        const cells = async (slug: string) =>
          (await row(slug).locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))
        const kcell = await cells('kcell')
        expect(kcell[0]).toContain('www.kcell.kz') // website
        expect(kcell[1]).toContain('My activ') // app
        expect(kcell[2]).toContain('*444*8*3#') // package check
        expect(kcell[3]).toContain('Kaspi.kz') // top up
        expect(kcell[4]).toContain('*911*1*3#') // credit at zero balance
        const beeline = await cells('beeline')
        expect(beeline[0]).toContain('beeline.kz')
        expect(beeline[2]).toContain('*106#')
        // Each filled cell says where its facts come from.
        expect(await row('kcell').locator('td .source-line').count()).toBeGreaterThanOrEqual(8)
        if (shotsDir)
          await page.screenshot({
            path: `${shotsDir}/carriers-table-${locale}.png`,
            fullPage: true,
          })
      })
    },
  )
})

const rulesGuide = {
  zh: { path: '/zh/guides/hasakesitan-sim-chufa-qian-dida-hou', heading: '信息来源' },
  ru: { path: '/ru/guides/pered-poezdkoy-i-po-priezde', heading: 'Источники' },
  en: { path: '/en/guides/before-you-go-when-you-arrive', heading: 'Sources' },
}

describe('guides and FAQs with their sources', () => {
  it.each(Object.entries(rulesGuide))(
    'the rules guide in %s ends with its sources: each linked, with host and check date',
    async (_locale, { path, heading }) => {
      await withPage(path, async (page) => {
        const section = page.getByRole('region', { name: heading })
        const items = section.getByRole('listitem')
        expect(await items.count()).toBe(7)
        await expect
          .poll(() => section.getByRole('link').first().getAttribute('href'))
          .toMatch(/^https:\/\//)
        expect(await section.textContent()).toContain('gov.kz')
        expect(await section.textContent()).toMatch(/2026/)
      })
    },
  )

  it('each FAQ on the FAQ page lists its own sources under its answer', async () => {
    await withPage('/en/faq', async (page) => {
      const faq = page.locator('section.faq-item#iin-top-up')
      const sources = faq.locator('.sources')
      expect(await sources.getByRole('heading', { level: 4 }).textContent()).toBe('Sources')
      expect(await sources.getByRole('link').getAttribute('href')).toBe(
        'https://www.gov.kz/situations/497/intro?lang=en',
      )
      // An FAQ without sources has no such section.
      const plain = page.locator('section.faq-item#renewal-failed')
      expect(await plain.locator('.sources').count()).toBe(0)
    })
  })
})
