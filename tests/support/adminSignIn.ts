import type { Page } from 'playwright-core'

/**
 * Signing in to the admin as a person does: the login form, then wait to leave it. Returns the
 * `signIn(page, email)` of one running site (the demo accounts' password by default).
 */
export function adminSignIn(baseUrl: string) {
  return async function signIn(page: Page, email: string, password = 'simatlas-demo') {
    await page.goto(`${baseUrl}/admin/login`)
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  }
}
