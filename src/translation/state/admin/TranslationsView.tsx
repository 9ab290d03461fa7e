import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import type { User } from '@/payload-types'

import { documentUrl, translationProgress } from '../dashboard'
import { ProgressTable } from './ProgressTable'
import { StateBadges } from './StateBadges'
import { stateStrings } from './strings'

/** The admin path of the translators' dashboard (under the admin route). */
export const translationsPath = '/translations'

/**
 * /admin/translations: for each of the user's locales, per collection, missing and outdated
 * documents with a completion bar, and the worklist, oldest outdated first, each row opening the
 * document in that locale.
 */
export async function TranslationsView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user)
    redirect(
      `${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${translationsPath}`)}`,
    )
  const t = stateStrings(req.i18n.language)
  const progress = await translationProgress(req.payload, req.user as User)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <div data-translations-dashboard style={{ paddingBottom: 48 }}>
          <h1>{t.dashboardTitle}</h1>
          <p>{t.dashboardIntro}</p>
          {progress.map((p) => (
            <section key={p.locale} data-locale={p.locale} style={{ marginTop: 32 }}>
              <ProgressTable progress={p} t={t} />
              <h2 style={{ marginTop: 16 }}>
                {t.worklist} ({p.locale})
              </h2>
              {p.worklist.length === 0 ? (
                <p>{t.worklistEmpty}</p>
              ) : (
                <table
                  data-worklist={p.locale}
                  style={{ width: '100%', borderCollapse: 'collapse' }}
                >
                  <thead>
                    <tr style={{ textAlign: 'left' }}>
                      <th>{t.document}</th>
                      <th>{t.collection}</th>
                      <th>{t.state}</th>
                      <th>{t.units}</th>
                      <th>{t.since}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.worklist.map((item) => (
                      <tr key={item.id} data-worklist-row={`${item.collection}:${item.documentId}`}>
                        <td>
                          <a href={documentUrl(adminRoute, item)}>
                            {item.title || `#${item.documentId}`}
                          </a>
                        </td>
                        <td>{t.collections[item.collection]}</td>
                        <td>
                          <StateBadges rows={[{ ...item }]} t={t} />
                        </td>
                        <td>
                          {t.outdatedUnits(item.outdatedUnits)} ·{' '}
                          {t.missingUnits(item.missingUnits)}
                        </td>
                        <td>
                          {item.outdatedSince
                            ? new Date(item.outdatedSince).toLocaleDateString(req.i18n.language)
                            : ''}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          ))}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
