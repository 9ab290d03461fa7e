'use client'
/**
 * "Invite by email" above the users list, for admins: email, role, locales for a translator,
 * admin language. It posts to /api/users/invite, which creates the account and emails the
 * person a link to set their password; the list then shows the new account.
 */
import { toast, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

import { roles, type Role } from '@/access/roles'
import { adminLanguageNames, adminLanguages } from '@/i18n/admin/languages'
import { localeInfo, locales } from '@/i18n/locales'
import type { User } from '@/payload-types'

import { inviteMessages } from './messages'

export function InviteForm() {
  const { user } = useAuth<User>()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [role, setRole] = useState<Role>('editor')
  const [sending, setSending] = useState(false)
  const t = inviteMessages(i18n.language)
  if (user?.role !== 'admin') return null

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    setSending(true)
    try {
      const response = await fetch(`${api}/users/invite`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': i18n.language },
        body: JSON.stringify({
          email: data.get('email'),
          name: data.get('name') || undefined,
          role: data.get('role'),
          editableLocales: role === 'translator' ? data.getAll('editableLocales') : undefined,
          adminLanguage: data.get('adminLanguage') || undefined,
        }),
      })
      const body = (await response.json().catch(() => ({}))) as {
        message?: string
        errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
      }
      if (response.ok) {
        toast.success(body.message ?? t.send)
        form.reset()
        setRole('editor')
        router.refresh()
      } else {
        const error = body.errors?.[0]
        toast.error(error?.data?.errors?.[0]?.message ?? error?.message ?? String(response.status))
      }
    } finally {
      setSending(false)
    }
  }

  return (
    <details className="invite-form" data-testid="invite-form" style={{ marginBottom: '1.5rem' }}>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{t.title}</summary>
      <form
        onSubmit={invite}
        style={{ display: 'grid', gap: '0.6rem', maxWidth: '32rem', marginTop: '0.75rem' }}
      >
        <p style={{ margin: 0 }}>{t.intro}</p>
        <label>
          {t.email}
          <input name="email" type="email" required autoComplete="off" style={{ width: '100%' }} />
        </label>
        <label>
          {t.name}
          <input name="name" type="text" autoComplete="off" style={{ width: '100%' }} />
        </label>
        <label>
          {t.role}{' '}
          <select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {roles.map((value) => (
              <option key={value} value={value}>
                {t.roles[value]}
              </option>
            ))}
          </select>
        </label>
        {role === 'translator' && (
          <fieldset>
            <legend>{t.locales}</legend>
            {locales.map((locale) => (
              <label key={locale} style={{ marginInlineEnd: '1rem' }}>
                <input type="checkbox" name="editableLocales" value={locale} />{' '}
                {localeInfo[locale].label}
              </label>
            ))}
          </fieldset>
        )}
        <label>
          {t.language}{' '}
          <select name="adminLanguage" defaultValue="">
            <option value="">{t.languageDefault}</option>
            {adminLanguages.map((value) => (
              <option key={value} value={value}>
                {adminLanguageNames[value]}
              </option>
            ))}
          </select>
        </label>
        <div>
          <button
            type="submit"
            className="btn btn--style-primary btn--size-medium"
            disabled={sending}
          >
            {sending ? t.sending : t.send}
          </button>
        </div>
      </form>
    </details>
  )
}
