import type { PayloadRequest } from 'payload'

import { env } from '@/env'
import { fallbackAdminLanguage, isAdminLanguage, type AdminLanguage } from '@/i18n/admin/languages'

/** How long an invitation's link works; a reset link keeps Payload's hour. */
export const invitationDays = 7

type Texts = {
  subject: string
  intro: string
  action: string
  ignore: string
}

const texts: Record<'invitation' | 'reset', Record<AdminLanguage, Texts>> = {
  invitation: {
    en: {
      subject: 'You are invited to SIM Atlas',
      intro: 'An administrator created an account for you in the SIM Atlas admin.',
      action: `Choose your password within ${invitationDays} days at this address:`,
      ignore:
        'If you did not expect this invitation, ignore this email. After the link expires, an administrator can invite you again.',
    },
    ru: {
      subject: 'Приглашение в SIM Atlas',
      intro: 'Администратор создал для вас учётную запись в админке SIM Atlas.',
      action: `Задайте пароль в течение ${invitationDays} дней по этой ссылке:`,
      ignore:
        'Если вы не ждали приглашения, просто не отвечайте на это письмо. Когда ссылка истечёт, администратор может пригласить вас снова.',
    },
    zh: {
      subject: 'SIM Atlas 邀请',
      intro: '管理员已在 SIM Atlas 后台为您创建了账户。',
      action: `请在 ${invitationDays} 天内通过以下链接设置密码：`,
      ignore: '如果您没有预料到此邀请，请忽略此邮件。链接过期后，管理员可以再次邀请您。',
    },
  },
  reset: {
    en: {
      subject: 'Reset your SIM Atlas password',
      intro: 'Someone asked to reset the password of your SIM Atlas account.',
      action: 'Choose a new password within an hour at this address:',
      ignore: 'If it was not you, ignore this email: your password stays as it is.',
    },
    ru: {
      subject: 'Сброс пароля SIM Atlas',
      intro: 'Кто-то запросил сброс пароля вашей учётной записи SIM Atlas.',
      action: 'Задайте новый пароль в течение часа по этой ссылке:',
      ignore: 'Если это были не вы, не обращайте внимания на письмо: пароль останется прежним.',
    },
    zh: {
      subject: '重置您的 SIM Atlas 密码',
      intro: '有人请求重置您的 SIM Atlas 账户密码。',
      action: '请在一小时内通过以下链接设置新密码：',
      ignore: '如果不是您本人操作，请忽略此邮件，您的密码不会改变。',
    },
  },
}

/**
 * The language of an email to `user`: the admin language they chose, else the one the request
 * is made in (the inviting admin's, or the browser's on /admin/forgot), else English.
 */
export function emailLanguage(
  user: { adminLanguage?: string | null } | null | undefined,
  req: PayloadRequest,
): AdminLanguage {
  if (isAdminLanguage(user?.adminLanguage)) return user.adminLanguage
  return isAdminLanguage(req.i18n?.language) ? req.i18n.language : fallbackAdminLanguage
}

/**
 * The admin's "set a new password" page for a token. Its origin is the configured public origin
 * (NEXT_PUBLIC_SERVER_URL; unset, http://localhost:$PORT), never the request's Host header:
 * Payload's own link uses the Host when no serverURL is configured, so a request with a forged
 * Host would mail the user a link to the forger's site carrying a valid token.
 */
export function resetLink(req: PayloadRequest, token: string): string {
  const { config } = req.payload
  const origin = env.configuredServerUrl() ?? `http://localhost:${env.port()}`
  return `${origin}${config.routes.admin}${config.admin.routes.reset}/${token}`
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** An account email: subject, HTML and the same as plain text, in `language`. */
export function accountEmail(
  kind: 'invitation' | 'reset',
  language: AdminLanguage,
  link: string,
): { subject: string; html: string; text: string } {
  const t = texts[kind][language]
  const href = escapeHtml(link)
  return {
    subject: t.subject,
    html: `<p>${escapeHtml(t.intro)}</p><p>${escapeHtml(t.action)}<br><a href="${href}">${href}</a></p><p>${escapeHtml(t.ignore)}</p>`,
    text: `${t.intro}\n\n${t.action}\n${link}\n\n${t.ignore}\n`,
  }
}
