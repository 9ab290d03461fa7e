/* Payload's admin and API shell, in the shape of Payload's own templates. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { cookies, headers } from 'next/headers'
import { getRequestLanguage, type ServerFunctionClient } from 'payload'
import React from 'react'

import { htmlLangOfAdminLanguage } from '@/i18n/admin/languages'
import { copyDataFromLocaleAsDraft } from '@/publishing/copyToLocaleAsDraft'

import { importMap } from './admin/importMap.js'
import './custom.css'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // Payload's schedule drawer's server functions check only "may open the admin" (a translator
  // could schedule or cancel anything); scheduling goes through /api/{collection}/:id/schedule.
  if (args.name === 'schedule-publish' || args.name === 'get-upcoming-scheduled-publish') {
    throw new Error('Schedule through the publish menu (/api/{collection}/:id/schedule).')
  }
  return handleServerFunctions({
    ...args,
    config,
    importMap,
    serverFunctions: { 'copy-data-from-locale': copyDataFromLocaleAsDraft },
  })
}

const Layout = async ({ children }: { children: React.ReactNode }) => {
  // Payload writes `lang="zh"`; the admin's Chinese is Simplified, which fonts and screen
  // readers are told.
  const language = getRequestLanguage({
    config: await config,
    cookies: await cookies(),
    headers: await headers(),
  })
  return (
    <RootLayout
      config={config}
      htmlProps={{ lang: htmlLangOfAdminLanguage(language) }}
      importMap={importMap}
      serverFunction={serverFunction}
    >
      {children}
    </RootLayout>
  )
}

export default Layout
