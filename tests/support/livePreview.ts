import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * In an open edit view: Live Preview shown (Payload remembers per user whether it was left
 * open) at its "Mobile 360" breakpoint, once the frame is 360 px wide. Returns the frame.
 */
export async function livePreviewAt360(page: Page) {
  const toggler = page.locator('#live-preview-toggler')
  await toggler.waitFor({ timeout: 30_000 })
  if (!(await page.locator('.live-preview-toggler--active').count())) await toggler.click()
  await page.locator('.live-preview-toolbar-controls__breakpoint button').first().click()
  await page.getByRole('button', { name: 'Mobile 360' }).click()
  const iframe = page.locator('#live-preview-iframe')
  await expect
    .poll(async () => (await iframe.boundingBox())?.width, { timeout: 10_000 })
    .toBeCloseTo(360, -1)
  return { iframe, frame: page.frameLocator('#live-preview-iframe') }
}
