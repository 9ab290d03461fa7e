import { getTranslation } from '@payloadcms/translations'
import type { CollectionSlug, Payload, ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { factsStaleAfterDays, factsVerifiedOnName, staleCutoff } from '@/content/factsStaleness'
import { inAdminLanguage } from '@/i18n/admin/languages'
import { adminUser } from '@/lib/queries/adminUser'
import { readNeedsChecking } from '@/lib/queries/needsChecking'

import { FactsAge } from './FactsAge'
import { staleFactsStrings as strings } from './strings'
import './styles.css'

/** The list view of `collection` filtered to its stale documents, oldest first. */
function staleListUrl(adminRoute: string, collection: CollectionSlug, now: Date) {
  const query = new URLSearchParams({
    sort: factsVerifiedOnName,
    [`where[or][0][${factsVerifiedOnName}][less_than]`]: staleCutoff({ now }).toISOString(),
    [`where[or][1][${factsVerifiedOnName}][exists]`]: 'false',
  })
  return `${formatAdminURL({ adminRoute, path: `/collections/${collection}` })}?${query}`
}

/**
 * Above the admin dashboard, for staff: the documents whose facts need checking (verified longer
 * ago than SIMATLAS_FACTS_STALE_AFTER_DAYS, or never), never verified first, then the oldest;
 * counts per collection, each linking to its list filtered the same way.
 */
export async function NeedsCheckingPanel({ payload, i18n, locale }: ServerProps) {
  if (!payload) return null
  const user = await adminUser(payload as Payload)
  if (!user) return null
  const language = i18n.language
  const now = new Date()
  const { counts, documents } = await readNeedsChecking(payload as Payload, user, {
    locale: locale?.code,
    now,
  })
  const adminRoute = payload.config.routes.admin
  const label = (collection: CollectionSlug) =>
    getTranslation(payload.collections[collection].config.labels.plural, i18n)
  const total = counts.reduce((n, c) => n + c.stale, 0)
  return (
    <section className="needs-checking" data-needs-checking aria-labelledby="needs-checking-title">
      <h2 id="needs-checking-title">
        {inAdminLanguage(strings.needsChecking, language)} ({total})
      </h2>
      <p>
        {inAdminLanguage(strings.panelIntro, language).replace(
          '{days}',
          String(factsStaleAfterDays()),
        )}
      </p>
      <ul style={{ paddingLeft: 18 }}>
        {counts.map((c) => (
          <li key={c.collection} data-collection={c.collection} data-count={c.stale}>
            <a href={staleListUrl(adminRoute, c.collection, now)}>
              {label(c.collection)}: {c.stale}
            </a>
            {c.never ? ` (${inAdminLanguage(strings.neverVerified, language)}: ${c.never})` : null}
          </li>
        ))}
      </ul>
      {documents.length === 0 ? (
        <p>{inAdminLanguage(strings.allClear, language)}</p>
      ) : (
        <table>
          <tbody>
            {documents.map((doc) => (
              <tr key={`${doc.collection}:${doc.id}`} data-document={`${doc.collection}:${doc.id}`}>
                <td>
                  <a
                    href={formatAdminURL({
                      adminRoute,
                      path: `/collections/${doc.collection}/${encodeURIComponent(String(doc.id))}`,
                    })}
                  >
                    {doc.title}
                  </a>
                </td>
                <td>{label(doc.collection)}</td>
                <td>
                  <FactsAge verifiedOn={doc.verifiedOn} language={language} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
