'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'

import { stateStrings } from './strings'

/** "Translations" in the admin's side navigation, to the translators' dashboard. */
export function NavLink() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  return (
    <a className="nav__link" href={`${config.routes.admin}/translations`} data-nav-translations>
      <span className="nav__link-label">{stateStrings(i18n.language).dashboardTitle}</span>
    </a>
  )
}
