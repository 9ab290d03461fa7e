import { getTranslations } from 'next-intl/server'
import Link from 'next/link'

import { pageLocale } from '@/i18n/pageLocale'
import { listCarriers } from '@/lib/queries/carriers'
import { listFaqs } from '@/lib/queries/faqs'
import { listGuides } from '@/lib/queries/guides'

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tTopics, guides, carriers, faqs] = await Promise.all([
    getTranslations({ locale, namespace: 'home' }),
    getTranslations({ locale, namespace: 'topics' }),
    listGuides(locale),
    listCarriers(locale),
    listFaqs(locale),
  ])

  return (
    <>
      <section className="hero">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
      </section>

      <section aria-labelledby="guides-heading">
        <h2 id="guides-heading">{t('guidesHeading')}</h2>
        {guides.length === 0 ? (
          <p>{t('noGuides')}</p>
        ) : (
          <ul className="cards">
            {guides.map((guide) => (
              <li key={guide.id} className="card">
                <span className="badge">{tTopics(guide.topic)}</span>
                <h3>
                  <Link href={`/${locale}/guides/${guide.slug}`}>{guide.title}</Link>
                </h3>
                {guide.summary && <p>{guide.summary}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="carriers-heading">
        <h2 id="carriers-heading">{t('carriersHeading')}</h2>
        <ul className="pills">
          {carriers.map((carrier) => (
            <li key={carrier.id}>
              <Link href={`/${locale}/carriers/${carrier.slug}`}>{carrier.name}</Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="faq-heading">
        <h2 id="faq-heading">{t('faqHeading')}</h2>
        <ul className="plain">
          {faqs.slice(0, 5).map((faq) => (
            <li key={faq.id}>
              <Link href={`/${locale}/faq#${faq.slug}`}>{faq.question}</Link>
            </li>
          ))}
        </ul>
        <p>
          <Link href={`/${locale}/faq`}>{t('allFaqs')} →</Link>
        </p>
      </section>
    </>
  )
}
