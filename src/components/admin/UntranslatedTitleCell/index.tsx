import { getTranslation } from '@payloadcms/translations'
import { Link } from '@payloadcms/ui'
import type { DefaultServerCellComponentProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import type { PublicCollection } from '@/content/publicCollections'
import { inAdminLanguage } from '@/i18n/admin/languages'
import { localeInfo } from '@/i18n/locales'
import { sourceTitleOf } from '@/lib/queries/sourceTitles'

import { untranslatedTitleStrings as strings } from './strings'
import './styles.css'

function fieldLabel(field: DefaultServerCellComponentProps['field']) {
  if ('label' in field && field.label && typeof field.label !== 'function') return field.label
  return 'name' in field ? field.name : ''
}

/**
 * The title column of the public collections' admin lists (and the list drawers of relationship
 * fields). Payload lists a locale without falling back, so a document not translated into it
 * showed "<No Question>"; it shows its zh title instead, with that `lang`, marked as the source.
 */
export async function UntranslatedTitleCell({
  cellData,
  collectionSlug,
  field,
  i18n,
  link,
  linkURL,
  payload,
  rowData,
}: DefaultServerCellComponentProps) {
  const own = typeof cellData === 'string' && cellData.trim() ? cellData : undefined
  const source = own
    ? undefined
    : await sourceTitleOf(payload, collectionSlug as PublicCollection)(rowData.id as number)
  const content = own ?? (
    <>
      {source ? (
        <span lang={localeInfo.zh.hreflang}>{source}</span>
      ) : (
        i18n.t('general:noLabel', { label: getTranslation(fieldLabel(field), i18n) })
      )}{' '}
      <small
        className="untranslated-title__mark"
        title={inAdminLanguage(strings.hint, i18n.language)}
      >
        {inAdminLanguage(strings.mark, i18n.language)}
      </small>
    </>
  )
  if (!link) return <span>{content}</span>
  const href =
    linkURL ??
    formatAdminURL({
      adminRoute: payload.config.routes.admin,
      path: `/collections/${collectionSlug}/${encodeURIComponent(String(rowData.id))}`,
    })
  return (
    <Link href={href} prefetch={false}>
      {content}
    </Link>
  )
}
