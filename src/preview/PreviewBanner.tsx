import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { previewView } from '@/lib/queries/readView'

import { exitPreviewPath } from './previewPaths'
import { RefreshOnSave } from './RefreshOnSave.client'

/**
 * Shown at the top of every page while a staff member previews drafts: says so, offers the way
 * out, keeps the page out of search engines (the robots meta, besides the X-Robots-Tag header)
 * and follows the admin's saves in Live Preview. Renders nothing for readers (and reads no
 * cookie then, so public pages stay static).
 */
export async function PreviewBanner({ locale }: { locale: Locale }) {
  if (!(await previewView())) return null
  const t = await getTranslations({ locale, namespace: 'preview' })
  return (
    <>
      <meta name="robots" content="noindex, nofollow" />
      <aside className="preview-banner" aria-label={t('label')}>
        <strong>{t('label')}</strong> <span>{t('notice')}</span>{' '}
        <a href={exitPreviewPath(locale)}>{t('exit')}</a>
      </aside>
      <RefreshOnSave />
    </>
  )
}
