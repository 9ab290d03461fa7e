import type { EmailAdapter, SendEmailOptions } from 'payload'

import { env } from '@/env'

/** An HTML body as plain text: the tags dropped, so each link's address is left as written. */
const htmlAsText = (html: string) =>
  html
    .replace(/<a\b[^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gis, (_, href: string, text: string) =>
      text.trim() === href ? href : `${text} (${href})`,
    )
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

const recipients = (to: SendEmailOptions['to']) =>
  (Array.isArray(to) ? to : [to])
    .map((one) => (typeof one === 'string' ? one : one?.address))
    .filter(Boolean)
    .join(', ')

/**
 * Without an SMTP server, every email is written to the server log instead: recipient, subject
 * and the whole text, links included, so a developer can follow an invitation or a reset link.
 * (Payload's own console adapter logs only the recipient and the subject.)
 */
export const logEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'log',
  defaultFromAddress: env.emailFrom().address,
  defaultFromName: env.emailFrom().name,
  sendEmail: async (message) => {
    const body =
      message.text && typeof message.text === 'string'
        ? message.text
        : typeof message.html === 'string'
          ? htmlAsText(message.html)
          : ''
    payload.logger.info({
      msg: `Email not sent (SMTP_HOST is not set). To: ${recipients(message.to)}; Subject: ${message.subject}\n${body}`,
    })
  },
})
