import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'

import { DocumentLink } from '@/components/DocumentLink'
import { GuideCard } from '@/components/GuideCard'
import { PageFrame } from '@/components/PageFrame'
import { SearchForm } from '@/components/SearchForm'
import { collectionSlugs, topics } from '@/content/constants'
import { publicCollections, shownLocaleOf } from '@/content/publicCollections'
import { pageLocale } from '@/i18n/pageLocale'
import { paths } from '@/lib/paths'
import { localizedText, pickLocale } from '@/lib/pickLocale'
import { listCarriers } from '@/lib/queries/carriers'
import { listFaqs } from '@/lib/queries/faqs'
import { listGuides } from '@/lib/queries/guides'
import { everyLocale, pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'home' })
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('intro'),
    alternates: everyLocale(paths.home),
  })
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tTopics, guides, { carriers }, faqs] = await Promise.all([
    getTranslations({ locale, namespace: 'home' }),
    getTranslations({ locale, namespace: 'topics' }),
    listGuides(),
    listCarriers(),
    listFaqs(),
  ])
  const localGuides = guides.map((g) => ({ ...pickLocale(g, locale), raw: g }))

  return (
    <PageFrame locale={locale} alternates={everyLocale(paths.home)} section={paths.home}>
      <section className="hero">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <SearchForm locale={locale} />
      </section>

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading">{t('topicsHeading')}</h2>
        {localGuides.length === 0 && <p>{t('noGuides')}</p>}
        {topics
          .filter((topic) => localGuides.some((g) => g.topic === topic))
          .map((topic) => (
            <section key={topic} aria-labelledby={`topic-${topic}`}>
              <h3 id={`topic-${topic}`} className="topic-heading">
                {tTopics(topic)}
              </h3>
              <ul className="cards">
                {localGuides
                  .filter((g) => g.topic === topic)
                  .map((guide) => (
                    <GuideCard key={guide.id} locale={locale} guide={guide.raw} />
                  ))}
              </ul>
            </section>
          ))}
      </section>

      <section aria-labelledby="carriers-heading">
        <h2 id="carriers-heading">{t('carriersHeading')}</h2>
        <ul className="pills">
          {carriers.map((carrier) => (
            <DocumentLink
              key={carrier.id}
              locale={locale}
              href={publicCollections.carriers.path(locale, carrier.slug)}
              source={shownLocaleOf(collectionSlugs.carriers, carrier, locale)}
              label={localizedText(carrier.name, locale)}
            />
          ))}
        </ul>
      </section>

      <section aria-labelledby="faq-heading">
        <h2 id="faq-heading">{t('faqHeading')}</h2>
        <ul className="plain">
          {faqs.slice(0, 5).map((faq) => (
            <DocumentLink
              key={faq.id}
              locale={locale}
              href={publicCollections.faqs.path(locale, faq.slug)}
              source={shownLocaleOf(collectionSlugs.faqs, faq, locale)}
              label={localizedText(faq.question, locale)}
            />
          ))}
        </ul>
        <p>
          <Link href={paths.faq(locale)}>{t('allFaqs')} →</Link>
        </p>
      </section>
    </PageFrame>
  )
}
