import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootPayload, closePayload } from '../support/payload'
import { routeRequests } from '../support/routeRequests'
import { createStaff } from '../support/staff'

/**
 * Without SMTP_HOST, account emails are written to the server log, whole: a developer follows
 * the link from there. (Payload's own console adapter logs only the recipient and subject.)
 */
let payload: Payload
let api: Awaited<ReturnType<typeof routeRequests>>

beforeAll(async () => {
  delete process.env.SMTP_HOST
  payload = await bootPayload()
  api = await routeRequests()
  await createStaff(payload, 'admin@log.test', 'admin')
  await createStaff(payload, 'ru.editor@log.test', 'editor', { adminLanguage: 'ru' })
})
afterAll(async () => {
  await closePayload(payload)
})

describe('account emails without SMTP', () => {
  it('writes the reset email, link included, to the server log', async () => {
    // A spy that lets every line through to the real logger, and remembers it.
    const info = vi.spyOn(payload.logger, 'info')
    let logged: string[]
    try {
      const r = await api.send('POST', '/users/forgot-password', {
        json: { email: 'ru.editor@log.test' },
        client: '192.0.2.200',
      })
      expect(r.status).toBe(200)
      logged = info.mock.calls.map(([entry]) =>
        typeof entry === 'string' ? entry : String((entry as { msg?: unknown }).msg),
      )
    } finally {
      info.mockRestore()
    }
    const mail = logged.find((line) => line.includes('ru.editor@log.test'))
    expect(mail).toContain('Subject: Сброс пароля SIM Atlas')
    expect(mail).toMatch(/http:\/\/localhost:3000\/admin\/reset\/[0-9a-f]{40}/)
    expect(mail).not.toMatch(/<a |<p>/)
  })
})
