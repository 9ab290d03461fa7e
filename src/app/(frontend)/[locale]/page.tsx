import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'

import { PageFrame } from '@/components/PageFrame'
import { SearchForm } from '@/components/SearchForm'
import { topics } from '@/content/constants'
import { publicCollections } from '@/content/publicCollections'
import { pageLocale } from '@/i18n/pageLocale'
import { paths } from '@/lib/paths'
import { pickLocale } from '@/lib/pickLocale'
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
  const localGuides = guides.map((g) => pickLocale(g, locale))

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
                    <li key={guide.id} className="card">
                      <Link href={publicCollections.guides.path(locale, guide.slug)}>
                        {guide.title}
                      </Link>
                      {guide.summary && <p>{guide.summary}</p>}
                    </li>
                  ))}
              </ul>
            </section>
          ))}
      </section>

      <section aria-labelledby="carriers-heading">
        <h2 id="carriers-heading">{t('carriersHeading')}</h2>
        <ul className="pills">
          {carriers
            .map((c) => pickLocale(c, locale))
            .map((carrier) => (
              <li key={carrier.id}>
                <Link href={publicCollections.carriers.path(locale, carrier.slug)}>
                  {carrier.name}
                </Link>
              </li>
            ))}
        </ul>
      </section>

      <section aria-labelledby="faq-heading">
        <h2 id="faq-heading">{t('faqHeading')}</h2>
        <ul className="plain">
          {faqs
            .slice(0, 5)
            .map((f) => pickLocale(f, locale))
            .map((faq) => (
              <li key={faq.id}>
                <Link href={publicCollections.faqs.path(locale, faq.slug)}>{faq.question}</Link>
              </li>
            ))}
        </ul>
        <p>
          <Link href={paths.faq(locale)}>{t('allFaqs')} →</Link>
        </p>
      </section>
    </PageFrame>
  )
}
