/**
 * Above the Reports list: Open / Fixed / Dismissed / All, each a link to the list filtered by
 * that status (Payload's own `where` query, so its filter UI shows the same condition). The list
 * is sorted open first by the collection's `defaultSort`.
 */
import type { BeforeListTableServerProps } from 'payload'

import { collectionSlugs, reportStatuses, type ReportStatus } from '@/content/constants'

import { reportsMessages } from './messages'

type Condition = { status?: { equals?: unknown }; or?: Condition[]; and?: Condition[] }

/** Where the list's query names a status: as our links write it, or as Payload's filter UI does. */
const statusKeys = ['where[status][equals]', 'where[or][0][and][0][status][equals]']

/**
 * The status the list is filtered by. The view's `searchParams` are the URL's, flat
 * (`where[status][equals]`); parsed ones (`{ where: { status: … } }`) are understood too.
 */
function currentStatus(searchParams: unknown): ReportStatus | undefined {
  const params = (searchParams ?? {}) as Record<string, unknown> & { where?: Condition }
  const nested = (where: Condition | undefined): unknown => {
    if (!where) return undefined
    const only =
      where.or?.length === 1 ? where.or[0] : where.and?.length === 1 ? where.and[0] : null
    return only ? nested(only) : where.status?.equals
  }
  const status = statusKeys.map((key) => params[key]).find(Boolean) ?? nested(params.where)
  return (reportStatuses as readonly unknown[]).includes(status)
    ? (status as ReportStatus)
    : undefined
}

export function StatusFilters({ i18n, payload, searchParams }: BeforeListTableServerProps) {
  const t = reportsMessages(i18n.language)
  const base = `${payload.config.routes.admin}/collections/${collectionSlugs.reports}`
  const current = currentStatus(searchParams)
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
