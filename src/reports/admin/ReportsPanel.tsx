/**
 * "Reports from readers" in the sidebar of a guide's, carrier's or channel's edit view: the open
 * reports on this page, newest first, each linking to its work item. Read-only; triage happens in
 * the Reports collection. A server component: it reads as the signed-in user, so a translator
 * sees the reports of their locales only.
 */
import type { UIFieldServerProps, Where } from 'payload'

import { collectionSlugs } from '@/content/constants'
import type { Report } from '@/payload-types'

import { reportsMessages } from './messages'

const shown = 10

/** The condition "reports on this document" (a polymorphic relation: collection and id). */
export const reportsOnPage = (collection: string, id: number | string): Where => ({
  and: [{ 'page.relationTo': { equals: collection } }, { 'page.value': { equals: id } }],
})

export async function ReportsPanel({ id, collectionSlug, payload, req, i18n }: UIFieldServerProps) {
  if (!id) return null
  const t = reportsMessages(i18n.language)
  const { docs, totalDocs } = await payload.find({
    collection: collectionSlugs.reports,
    where: { and: [reportsOnPage(collectionSlug, id), { status: { equals: 'open' } }] },
    sort: '-createdAt',
    limit: shown,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const admin = payload.config.routes.admin
  const listUrl = `${admin}/collections/${collectionSlugs.reports}?${new URLSearchParams({
    'where[page.relationTo][equals]': collectionSlug,
    'where[page.value][equals]': String(id),
  })}`
  return (
    <section className="reader-reports" data-testid="reader-reports" lang={i18n.language}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{t.panelTitle}</h4>
      {totalDocs === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p>{t.open(totalDocs)}</p>
          <ul style={{ paddingInlineStart: '1.1rem', margin: '0 0 0.5rem' }}>
            {(docs as Report[]).map((report) => (
              <li key={report.id} style={{ marginBottom: '0.4rem' }}>
                <a href={`${admin}/collections/${collectionSlugs.reports}/${report.id}`}>
                  {report.wrong}
                </a>{' '}
                <small>
                  ({report.locale}, {new Date(report.createdAt).toISOString().slice(0, 10)})
                </small>
                {report.right && (
                  <div>
                    <small>
                      {t.right} {report.right}
                    </small>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <a href={listUrl}>{t.allForPage}</a>
    </section>
  )
}
