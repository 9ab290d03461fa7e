import { generatePayloadCookie } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'

/**
 * The session cookie's attributes, as Payload writes them from the users collection's auth
 * settings, which are read when the app starts: so the collection is loaded afresh per case.
 */
async function sessionCookieWith(publicOrigin: string | undefined) {
  vi.resetModules()
  if (publicOrigin) process.env.NEXT_PUBLIC_SERVER_URL = publicOrigin
  else delete process.env.NEXT_PUBLIC_SERVER_URL
  const { Users } = await import('../../src/collections/Users')
  const auth = Users.auth as Exclude<typeof Users.auth, boolean | undefined>
  return generatePayloadCookie({
    collectionAuthConfig: { ...auth, tokenExpiration: 7200 } as never,
    cookiePrefix: 'payload',
    token: 'token',
  }) as string
}

afterEach(() => {
  delete process.env.NEXT_PUBLIC_SERVER_URL
})

describe('the session cookie', () => {
  it('is Secure, HttpOnly and SameSite=Lax behind an HTTPS public origin', async () => {
    const cookie = await sessionCookieWith('https://simatlas.example')
    expect(cookie).toMatch(/;\s*Secure/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
  })

  it('is not Secure on plain http (npm start on localhost), where browsers would drop it', async () => {
    const cookie = await sessionCookieWith(undefined)
    expect(cookie).not.toMatch(/Secure/)
    expect(cookie).toMatch(/HttpOnly/)
  })
})
