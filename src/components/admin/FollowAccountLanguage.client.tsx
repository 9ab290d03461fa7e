'use client'

import { useAuth, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, type ReactNode } from 'react'

import { isAdminLanguage } from '@/i18n/admin/languages'

/**
 * Payload renders its client strings from the language of the page's first load, and signing in
 * (or saving one's Admin language on the account page) changes the page without reloading it:
 * the admin went on in the login page's language, half in the new one (what the server rendered).
 * When the signed-in account's language is not the one shown, this asks Payload to switch, as its
 * own language menu does (its cookie, then a refresh of the whole page).
 */
export function FollowAccountLanguage({ children }: { children: ReactNode }) {
  const { user } = useAuth()
  const { i18n, switchLanguage } = useTranslation()
  const asked = useRef<string | undefined>(undefined)
  const chosen = (user as { adminLanguage?: unknown } | null)?.adminLanguage

  useEffect(() => {
    if (!isAdminLanguage(chosen) || chosen === i18n.language || asked.current === chosen) return
    asked.current = chosen
    void switchLanguage?.(chosen)
  }, [chosen, i18n.language, switchLanguage])

  return children
}
