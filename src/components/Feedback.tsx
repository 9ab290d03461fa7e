import { getTranslations } from 'next-intl/server'

import type { FeedbackCollection } from '@/content/publicCollections'
import type { Locale } from '@/i18n/locales'

import { FeedbackButtons } from './Feedback.client'

export async function Feedback({
  collection,
  id,
  locale,
}: {
  collection: FeedbackCollection
  id: number
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: 'vote' })
  return (
    <FeedbackButtons
      collection={collection}
      id={id}
      locale={locale}
      labels={{ question: t('question'), yes: t('yes'), no: t('no'), thanks: t('thanks') }}
    />
  )
}
