import { draftMode, headers } from 'next/headers'
import { getLocale } from 'next-intl/server'
import { cache } from 'react'

import { editsLocale } from '@/access/editsLocale'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
import type { User } from '@/payload-types'

/**
 * Who a page's queries read as: the public (published versions, no user), or a staff member
 * previewing (the newest drafts, with that user's access). The one switch between the two is
 * `cached` (./cached.ts): every query in this folder takes a view and passes `readAs(view)`.
 */
export type ReadView = { draft: boolean; user: User | null }

/** What an anonymous reader sees; the only view ever written to Next's cache. */
export const publicView: ReadView = { draft: false, user: null }

/** The Local API options of a read in `view`: always with access control. */
export const readAs = (view: ReadView) => ({
  overrideAccess: false as const,
  draft: view.draft,
  ...(view.user ? { user: view.user } : {}),
})

/**
 * The preview view of this request, or null for the public one. Draft mode (Next's signed
 * `__prerender_bypass` cookie, set only by `/preview` for a staff member) is not enough: the
 * session must still be a staff member's now, who may preview this page's locale, so a copied
 * cookie, a signed-out editor, a demoted account or a translator on another locale's page reads
 * as the public. Asked once per request; outside draft mode it reads no
 * cookie or header, so public pages stay static.
 */
export const previewView = cache(async (): Promise<ReadView | null> => {
  if (!(await draftMode()).isEnabled) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  const staff = user as User | null
  return editsLocale(staff, await pageLocaleOrSource()) ? { draft: true, user: staff } : null
})

/**
 * The locale of the page being rendered, as the preview route checked it: a translator's
 * draft-mode cookie shows drafts in the locales they edit only, other pages as readers see them.
 * Outside a localized page (the sitemap) there is none: then only editors and admins, who may
 * preview every locale, get drafts (the source locale is one a translator never edits).
 */
async function pageLocaleOrSource(): Promise<Locale> {
  try {
    const locale = await getLocale()
    if (isLocale(locale)) return locale
  } catch {
    // No locale for this render.
  }
  return defaultLocale
}
