import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { GuideCard } from '@/components/GuideCard'
import { PageFrame } from '@/components/PageFrame'
import { topics } from '@/content/constants'
import { pageLocale } from '@/i18n/pageLocale'
import { paths } from '@/lib/paths'
import { pickLocale } from '@/lib/pickLocale'
import { listGuides } from '@/lib/queries/guides'
import { everyLocale, pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'guides' })
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('intro'),
    alternates: everyLocale(paths.guides),
  })
}

export default async function GuidesPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tTopics, guides] = await Promise.all([
    getTranslations({ locale, namespace: 'guides' }),
    getTranslations({ locale, namespace: 'topics' }),
    listGuides(),
  ])
  const items = guides.map((g) => ({ ...pickLocale(g, locale), raw: g }))
  return (
    <PageFrame locale={locale} alternates={everyLocale(paths.guides)} section={paths.guides}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {topics
        .filter((topic) => items.some((g) => g.topic === topic))
        .map((topic) => (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h2 id={`topic-${topic}`}>{tTopics(topic)}</h2>
            <ul className="cards">
              {items
                .filter((g) => g.topic === topic)
                .map((guide) => (
                  <GuideCard key={guide.id} locale={locale} guide={guide.raw} />
                ))}
            </ul>
          </section>
        ))}
    </PageFrame>
  )
}
