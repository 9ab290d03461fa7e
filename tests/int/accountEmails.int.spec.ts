import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, closePayload } from '../support/payload'
import { startSmtpServer, type Mailbox } from '../support/smtp'
import { createStaff, staffPassword } from '../support/staff'

/**
 * Accounts by email, over real SMTP: the app sends through @payloadcms/email-nodemailer to an
 * SMTP server this test starts (with a login, as a provider's would), and the test reads the
 * messages it receives, follows their links and signs in. Requests go through the app's real
 * REST route, with a forged Host header where it matters.
 */
let payload: Payload
let mailbox: Mailbox
let rest: typeof import('../../src/app/(payload)/api/[...slug]/route')
let clients = 0
const savedEnv = { ...process.env }
const origin = 'http://localhost:3000'
const resetPrefix = `${origin}/admin/reset/`

async function send(
  method: 'POST' | 'GET',
  path: string,
  { json, token, host = 'localhost:3000' }: { json?: unknown; token?: string; host?: string } = {},
) {
  const headers = new Headers({
    host,
    'x-forwarded-host': host,
    'x-forwarded-for': `192.0.2.${++clients}`,
  })
  if (json !== undefined) headers.set('content-type', 'application/json')
  if (token) headers.set('authorization', `JWT ${token}`)
  const url = new URL(`http://${host}/api${path}`)
  const response = await rest[method](
    new Request(url, {
      method,
      headers,
      body: json === undefined ? undefined : JSON.stringify(json),
    }),
    { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) },
  )
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : null }
}

const signIn = (email: string, password: string) =>
  send('POST', '/users/login', { json: { email, password } })

const tokenOf = (link: string) => link.slice(resetPrefix.length)

let adminToken: string
let editorToken: string
let translatorToken: string

beforeAll(async () => {
  mailbox = await startSmtpServer({ auth: { user: 'atlas-mailer', pass: 'smtp-secret-1' } })
  Object.assign(process.env, mailbox.env, { SMTP_FROM: 'team@simatlas.test' })
  delete process.env.NEXT_PUBLIC_SERVER_URL
  payload = await bootPayload()
  rest = await import('../../src/app/(payload)/api/[...slug]/route')
  await createStaff(payload, 'admin@mail.test', 'admin')
  await createStaff(payload, 'editor@mail.test', 'editor')
  await createStaff(payload, 'translator@mail.test', 'translator')
  await createStaff(payload, 'zh.user@mail.test', 'editor', { adminLanguage: 'zh' })
  adminToken = (await signIn('admin@mail.test', staffPassword)).json.token
  editorToken = (await signIn('editor@mail.test', staffPassword)).json.token
  translatorToken = (await signIn('translator@mail.test', staffPassword)).json.token
})
afterAll(async () => {
  await closePayload(payload)
  await mailbox.close()
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key]
  Object.assign(process.env, savedEnv)
})

describe('invitations', () => {
  it('emails the invited person a link to set their password, in their admin language; they then sign in', async () => {
    const email = 'new.translator@mail.test'
    const invite = await send('POST', '/users/invite', {
      json: { email, role: 'translator', editableLocales: ['ru'], adminLanguage: 'ru' },
      token: adminToken,
      // A forged Host must not end up in the link.
      host: 'evil.example',
    })
    expect(invite.status).toBe(201)
    expect(invite.json.user).toMatchObject({ email, role: 'translator' })

    const mail = await mailbox.nextMail(email)
    expect(mail.subject).toBe('Приглашение в SIM Atlas')
    expect(mail.from?.value[0].address).toBe('team@simatlas.test')
    expect(mail.text).toContain('Задайте пароль')
    const link = mailbox.linkIn(mail, resetPrefix)
    expect(link).toMatch(/^http:\/\/localhost:3000\/admin\/reset\/[0-9a-f]{40}$/)
    expect(`${mail.text}${mail.html}`).not.toContain('evil.example')

    // Nobody knows the account's password until its owner sets one.
    const chosen = 'lantern-orchard-copper-violin'
    const reset = await send('POST', '/users/reset-password', {
      json: { token: tokenOf(link!), password: chosen },
    })
    expect(reset.status).toBe(200)
    const login = await signIn(email, chosen)
    expect(login.status).toBe(200)
    expect(login.json.user).toMatchObject({ role: 'translator', editableLocales: ['ru'] })
    // The link is used up.
    const again = await send('POST', '/users/reset-password', {
      json: { token: tokenOf(link!), password: 'another-long-passphrase-here' },
    })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
  })

  it('is for admins only: editors, translators and anonymous callers invite nobody', async () => {
    const before = mailbox.mails.length
    for (const [token, status] of [
      [editorToken, 403],
      [translatorToken, 403],
      [undefined, 401],
    ] as const) {
      const email = `uninvited.${status}.${token ? 'staff' : 'anon'}@mail.test`
      const r = await send('POST', '/users/invite', { json: { email, role: 'admin' }, token })
      expect(r.status).toBe(status)
      expect(r.json.errors[0].message).toMatch(/admin/i)
      expect(
        (await payload.count({ collection: 'users', where: { email: { equals: email } } }))
          .totalDocs,
      ).toBe(0)
    }
    // Nor can they create accounts directly.
    const direct = await send('POST', '/users', {
      json: {
        email: 'direct@mail.test',
        password: 'lantern-orchard-copper-violin',
        role: 'editor',
      },
      token: editorToken,
    })
    expect(direct.status).toBe(403)
    expect(mailbox.mails.length).toBe(before)
  })

  it.each([
    ['no email', { role: 'editor' }, /email/],
    [
      'an email that is taken',
      { email: 'editor@mail.test', role: 'editor' },
      /already has an account/,
    ],
    ['a password', { email: 'pw@mail.test', role: 'editor', password: 'x' }, /sets no password/],
    ['a translator without a locale', { email: 'nolocale@mail.test', role: 'translator' }, /./],
    ['an unknown role', { email: 'role@mail.test', role: 'owner' }, /./],
  ])('refuses an invitation with %s (400, no account, no mail)', async (_, json, message) => {
    const before = mailbox.mails.length
    const users = (await payload.count({ collection: 'users' })).totalDocs
    const r = await send('POST', '/users/invite', { json, token: adminToken })
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.json.errors)).toMatch(message)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(users)
    expect(mailbox.mails.length).toBe(before)
  })

  it('creates no account when the invitation cannot be sent', async () => {
    await mailbox.close()
    const email = 'unlucky@mail.test'
    const r = await send('POST', '/users/invite', {
      json: { email, role: 'editor' },
      token: adminToken,
    })
    expect(r.status).toBe(502)
    expect(r.json.errors[0].message).toMatch(/could not be sent/)
    expect(
      (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs,
    ).toBe(0)
    mailbox = await restartOnSamePort(mailbox)
  })
})

/** The SMTP server again, on the port the app was configured with. */
async function restartOnSamePort(old: Mailbox): Promise<Mailbox> {
  return startSmtpServer({ auth: { user: 'atlas-mailer', pass: 'smtp-secret-1' }, port: old.port })
}

describe('forgot password', () => {
  it('emails a reset link (configured origin, the user’s language) that lets them choose a new password', async () => {
    const email = 'zh.user@mail.test'
    const since = mailbox.mails.length
    const r = await send('POST', '/users/forgot-password', {
      json: { email },
      host: 'evil.example',
    })
    expect(r.status).toBe(200)
    const mail = await mailbox.nextMail(email, { since })
    expect(mail.subject).toBe('重置您的 SIM Atlas 密码')
    const link = mailbox.linkIn(mail, resetPrefix)
    expect(link).toBeTruthy()
    expect(`${mail.text}${mail.html}`).not.toContain('evil.example')

    const chosen = 'quiet-harbour-maple-seventeen'
    expect(
      (
        await send('POST', '/users/reset-password', {
          json: { token: tokenOf(link!), password: chosen },
        })
      ).status,
    ).toBe(200)
    expect((await signIn(email, chosen)).status).toBe(200)
    expect((await signIn(email, staffPassword)).status).toBe(401)
  })

  it('refuses a weak new password on the reset link', async () => {
    const email = 'editor@mail.test'
    const since = mailbox.mails.length
    await send('POST', '/users/forgot-password', { json: { email } })
    const link = mailbox.linkIn(await mailbox.nextMail(email, { since }), resetPrefix)
    const weak = await send('POST', '/users/reset-password', {
      json: { token: tokenOf(link!), password: 'short' },
    })
    expect(weak.status).toBe(400)
    expect((await signIn(email, staffPassword)).status).toBe(200)
  })

  it('answers an unknown email exactly like a known one, and sends nothing', async () => {
    const known = await send('POST', '/users/forgot-password', {
      json: { email: 'translator@mail.test' },
    })
    const since = mailbox.mails.length
    const unknown = await send('POST', '/users/forgot-password', {
      json: { email: 'nobody@mail.test' },
    })
    expect(unknown).toEqual(known)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(mailbox.mails.slice(since)).toEqual([])
    expect(mailbox.mailsTo('nobody@mail.test')).toEqual([])
  })
})
