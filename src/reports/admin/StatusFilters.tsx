/**
 * Above the Reports list: Open / Fixed / Dismissed / All, each a link to the list filtered by
 * that status (Payload's own `where` query, so its filter UI shows the same condition). The list
 * is sorted open first by the collection's `defaultSort`.
 */
import type { BeforeListTableServerProps } from 'payload'

import { collectionSlugs, reportStatuses, type ReportStatus } from '@/content/constants'

import { reportsMessages } from './messages'

type Condition = { status?: { equals?: unknown }; or?: Condition[]; and?: Condition[] }

/**
 * The status the list is filtered by: `where[status][equals]=…` as our links write it, or the
 * `where[or][0][and][0][status][equals]=…` Payload's filter UI turns it into.
 */
function currentStatus(where: Condition | undefined): ReportStatus | undefined {
  if (!where) return undefined
  const only = where.or?.length === 1 ? where.or[0] : where.and?.length === 1 ? where.and[0] : null
  if (only) return currentStatus(only)
  const status = where.status?.equals
  return (reportStatuses as readonly unknown[]).includes(status)
    ? (status as ReportStatus)
    : undefined
}

export function StatusFilters({ i18n, payload, searchParams }: BeforeListTableServerProps) {
  const t = reportsMessages(i18n.language)
  const base = `${payload.config.routes.admin}/collections/${collectionSlugs.reports}`
  const current = currentStatus((searchParams as { where?: Condition } | undefined)?.where)
  const link = (label: string, status: ReportStatus | undefined) => {
    const href = status
      ? `${base}?${new URLSearchParams({ 'where[status][equals]': status })}`
      : base
    const active = status === current
    return (
      <a
        key={status ?? 'all'}
        href={href}
        aria-current={active ? 'page' : undefined}
        className={`btn btn--size-small ${active ? 'btn--style-primary' : 'btn--style-secondary'}`}
        style={{ margin: 0 }}
      >
        {label}
      </a>
    )
  }
  return (
    <nav
      aria-label={t.show}
      data-testid="report-status-filters"
      style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', marginBottom: '1rem' }}
    >
      <span>{t.show}:</span>
      {reportStatuses.map((status) => link(t.status[status], status))}
      {link(t.all, undefined)}
    </nav>
  )
}
