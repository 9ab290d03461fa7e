import type { Page } from 'playwright-core'

/** `<input type="datetime-local">`'s value (with seconds) for a moment, in this machine's zone. */
export function localDateTime(date: Date) {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
}

/**
 * In an open edit view of a drafted document: the publish menu's "Schedule…", one choice of the
 * drawer (`publish:en`, `unpublish`) at a time, "Schedule", and wait until the drawer lists it.
 * The browser and the test run on one machine, so its local time is the test's.
 */
export async function scheduleInAdmin(page: Page, choice: string, at: Date) {
  await page.locator('#action-save-popup button, #action-save-popup .popup-button').first().click()
  await page.locator('#schedule-publish').click()
  const drawer = page.locator('.schedule-locale')
  await drawer.waitFor({ timeout: 15_000 })
  await drawer.locator('select[name="schedule-type"]').selectOption(choice)
  await drawer.locator('input[name="schedule-at"]').fill(localDateTime(at))
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().endsWith('/schedule'),
    { timeout: 30_000 },
  )
  await drawer.locator('#schedule-add').click()
  const response = await saved
  if (response.status() !== 201) {
    throw new Error(`scheduling answered ${response.status()}: ${await response.text()}`)
  }
  await drawer
    .locator(`.schedule-events [data-scheduled="${choice.split(':')[0]}"]`)
    .first()
    .waitFor({ timeout: 15_000 })
  return drawer
}

/** Polls a page until its HTML contains `text`; how long it took, in ms. */
export async function waitForPageText(url: string, text: string, timeoutMs = 90_000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const html = await (await fetch(url)).text()
    if (html.includes(text)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${url} did not show "${text}" within ${timeoutMs / 1000} s`)
}
