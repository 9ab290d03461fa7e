import type { ServerProps } from 'payload'

import { xliffMessages } from './messages'

/** The admin navigation's link to /admin/xliff (after the collections). */
export function XliffNavLink({ i18n, payload }: ServerProps) {
  const t = xliffMessages(i18n?.language)
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/xliff`} id="nav-xliff">
      <span className="nav__link-label">{t.nav}</span>
    </a>
  )
}
