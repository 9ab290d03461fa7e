import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import { env } from '@/env'

import { logEmailAdapter } from './logEmailAdapter'

/**
 * How account emails leave: over SMTP when SMTP_HOST is set (Payload's nodemailer adapter), else
 * into the server log. Built when the config is: a test sets SMTP_HOST before booting Payload.
 *
 * `skipVerify`: the adapter would otherwise connect to the SMTP server while Payload starts and
 * wait for it (nodemailer's connection timeout is two minutes); a server that is down then
 * shows up as a failed send, logged, not as a site that does not start.
 */
export function emailAdapter() {
  const smtp = env.smtp()
  if (!smtp) return logEmailAdapter
  const from = env.emailFrom()
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    skipVerify: true,
    transportOptions: {
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    },
  })
}
