import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { checkRole } from '@/access/checkRole'
import { publicCollectionSlugs } from '@/content/publicCollections'
import { localeInfo, locales } from '@/i18n/locales'
import type { User } from '@/payload-types'

import { xliffVersions } from '../xliffFile'
import { xliffMessages } from './messages'
import { XliffImportForm } from './XliffImportForm.client'

/**
 * /admin/xliff: export (a plain GET form to /api/xliff/export, which downloads the file) and
 * import (the file sent to /api/xliff/import). Staff only, like the endpoints; a translator's
 * target language defaults to their own.
 */
export function XliffView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { permissions, req, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const { admin: adminRoute, api: apiRoute } = payload.config.routes
  if (!checkRole(['admin', 'editor', 'translator'], user as User | null)) {
    return redirect(`${adminRoute}/unauthorized`)
  }
  const t = xliffMessages(i18n.language)
  const own = (user as User).editableLocales ?? []
  const targets = locales.filter((l) => l !== 'zh')
  const preferred = targets.find((l) => own.includes(l)) ?? targets[0]
  const field = { display: 'block', margin: '0 0 1rem' } as const
  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: t.title }]} />
      <Gutter>
        <h1>{t.title}</h1>
        <p style={{ maxWidth: '48rem' }}>{t.intro}</p>
        <h2>{t.exportHeading}</h2>
        <form method="get" action={`${apiRoute}/xliff/export`} data-testid="xliff-export">
          <label style={field}>
            {t.locale}{' '}
            <select name="locale" defaultValue={preferred}>
              {targets.map((l) => (
                <option key={l} value={l}>
                  {localeInfo[l].label} ({l})
                </option>
              ))}
            </select>
          </label>
          <label style={field}>
            {t.collection}{' '}
            <select name="collection" defaultValue="">
              <option value="">{t.allCollections}</option>
              {publicCollectionSlugs.map((slug) => (
                <option key={slug} value={slug}>
                  {slug}
                </option>
              ))}
            </select>
          </label>
          <label style={field}>
            {t.id} <input type="number" name="id" min={1} step={1} />
          </label>
          <label style={field}>
            {t.only}{' '}
            <select name="only" defaultValue="missing,outdated">
              <option value="">{t.onlyAll}</option>
              <option value="missing,outdated">{t.onlyTodo}</option>
            </select>
          </label>
          <label style={field}>
            {t.version}{' '}
            <select name="version" defaultValue="1.2">
              {xliffVersions.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn--style-primary btn--size-medium">
            {t.download}
          </button>
        </form>
        <h2>{t.importHeading}</h2>
        <p style={{ maxWidth: '48rem' }}>{t.importHint}</p>
        <XliffImportForm apiRoute={apiRoute} />
      </Gutter>
    </DefaultTemplate>
  )
}
