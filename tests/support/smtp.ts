import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Mailbox = Awaited<ReturnType<typeof startSmtpServer>>

const recipientsOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) =>
    to.value.map((a) => a.address?.toLowerCase()),
  )

/**
 * A real SMTP server on a free local port, keeping every message it receives, parsed
 * (mailparser). With `auth`, it accepts only those credentials (over plain SMTP: it is local);
 * `port` picks the port (to start again where the app already points).
 * Point the app at it with `env` (SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS) before Payload boots.
 */
export async function startSmtpServer({
  auth,
  port: wanted = 0,
}: { auth?: { user: string; pass: string }; port?: number } = {}) {
  const mails: ParsedMail[] = []
  let notify: () => void = () => undefined
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: !auth,
    logger: false,
    onAuth(credentials, _session, callback) {
      if (auth && credentials.username === auth.user && credentials.password === auth.pass) {
        return callback(null, { user: credentials.username })
      }
      return callback(new Error('Invalid username or password'))
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail)
          notify()
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  await new Promise<void>((resolve) => server.listen(wanted, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo

  /** The first message to `to` received after `since` (a count of messages), waiting for it. */
  async function nextMail(to: string, { since = 0, timeoutMs = 10_000 } = {}): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = mails.slice(since).find((mail) => recipientsOf(mail).includes(to.toLowerCase()))
      if (found) return found
      if (Date.now() > deadline) throw new Error(`No email to ${to} within ${timeoutMs} ms`)
      await new Promise<void>((resolve) => {
        notify = resolve
        setTimeout(resolve, 100)
      })
    }
  }

  return {
    port,
    mails,
    /** The environment that sends the app's email here. */
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      ...(auth ? { SMTP_USER: auth.user, SMTP_PASS: auth.pass } : {}),
    },
    nextMail,
    /** Messages to `to` received so far. */
    mailsTo: (to: string) => mails.filter((mail) => recipientsOf(mail).includes(to.toLowerCase())),
    /** The first link in a message's text that starts with `prefix`. */
    linkIn: (mail: ParsedMail, prefix: string) => {
      const text = mail.text ?? ''
      const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      return new RegExp(`${escaped}\\S+`).exec(text)?.[0]
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
