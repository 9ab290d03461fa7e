import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Feedback } from '@/components/Feedback'
import { FallbackMark, InLocale, langAttribute } from '@/components/InLocale'
import { JsonLd } from '@/components/JsonLd'
import { PageFrame } from '@/components/PageFrame'
import { RelatedLinks } from '@/components/RelatedLinks'
import { RichText } from '@/components/RichText'
import { SourceList } from '@/components/SourceList'
import { collectionSlugs, topics } from '@/content/constants'
import { sourceLocaleOf } from '@/content/localizedValues'
import { isTranslated, publicCollections, shownLocaleOf } from '@/content/publicCollections'
import { localeInfo } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { paths } from '@/lib/paths'
import { localeValue, localizedText, pickLocale } from '@/lib/pickLocale'
import { plainText } from '@/lib/richText/plainText'
import { listFaqs } from '@/lib/queries/faqs'
import { everyLocale, pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return []
}

const populated = <T extends { id: number }>(items: (number | T)[] | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => typeof item === 'object' && item !== null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'faq' })
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('intro'),
    alternates: everyLocale(paths.faq),
  })
}

export default async function FaqPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tTopics, tGuide, raw] = await Promise.all([
    getTranslations({ locale, namespace: 'faq' }),
    getTranslations({ locale, namespace: 'topics' }),
    getTranslations({ locale, namespace: 'guide' }),
    listFaqs(),
  ])
  const faqs = raw.map((f) => ({
    ...pickLocale(f, locale),
    raw: f,
    translated: isTranslated(collectionSlugs.faqs, f, locale),
    source: shownLocaleOf(collectionSlugs.faqs, f, locale),
    answerSource: sourceLocaleOf(f.answer, locale),
  }))
  return (
    <PageFrame locale={locale} alternates={everyLocale(paths.faq)} section={paths.faq}>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'FAQPage',
          inLanguage: localeInfo[locale].hreflang,
          mainEntity: faqs
            .filter((faq) => faq.translated)
            .map((faq) => ({
              '@type': 'Question',
              name: faq.question,
              acceptedAnswer: { '@type': 'Answer', text: plainText(faq.answer, { oneLine: true }) },
            })),
        }}
      />
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {topics
        .filter((topic) => faqs.some((f) => f.topic === topic))
        .map((topic) => (
          <section key={topic} aria-labelledby={`topic-${topic}`} className="faq-group">
            <h2 id={`topic-${topic}`}>{tTopics(topic)}</h2>
            {faqs
              .filter((f) => f.topic === topic)
              .map((faq) => (
                <section
                  key={faq.id}
                  id={faq.slug}
                  className="faq-item"
                  aria-labelledby={`${faq.slug}-q`}
                >
                  {/* The question and answer carry their language, the vote buttons the page's. */}
                  <h3 id={`${faq.slug}-q`}>
                    <a
                      href={`#${faq.slug}`}
                      className="anchor"
                      lang={langAttribute(faq.source, locale)}
                    >
                      {faq.question}
                    </a>{' '}
                    <FallbackMark locale={locale} source={faq.source} />
                  </h3>
                  <InLocale
                    as="div"
                    locale={locale}
                    source={faq.answerSource}
                    mark={faq.translated}
                    markAt="start"
                  >
                    <RichText
                      data={faq.answer}
                      labels={{ tip: tGuide('tip'), warning: tGuide('warning') }}
                    />
                  </InLocale>
                  <RelatedLinks
                    id={`${faq.slug}-guides`}
                    heading={tGuide('relatedGuides')}
                    headingLevel="h4"
                    locale={locale}
                    items={populated(faq.raw.relatedGuides).map((g) => ({
                      key: g.id,
                      href: publicCollections.guides.path(locale, localeValue(g.slug, locale)),
                      source: shownLocaleOf(collectionSlugs.guides, g, locale),
                      label: localizedText(g.title, locale),
                    }))}
                  />
                  <RelatedLinks
                    id={`${faq.slug}-carriers`}
                    heading={tGuide('relatedCarriers')}
                    headingLevel="h4"
                    variant="pills"
                    locale={locale}
                    items={populated(faq.raw.relatedCarriers).map((c) => ({
                      key: c.id,
                      href: publicCollections.carriers.path(locale, c.slug),
                      source: shownLocaleOf(collectionSlugs.carriers, c, locale),
                      label: localizedText(c.name, locale),
                    }))}
                  />
                  <SourceList
                    locale={locale}
                    sources={faq.sources ?? []}
                    id={`${faq.slug}-sources`}
                    heading="h4"
                  />
                  <Feedback collection={collectionSlugs.faqs} id={faq.id} locale={locale} />
                </section>
              ))}
          </section>
        ))}
    </PageFrame>
  )
}
