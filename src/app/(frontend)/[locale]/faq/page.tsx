import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { pageLocale } from '@/i18n/pageLocale'
import { RichText } from '@/components/RichText'
import { listFaqs } from '@/lib/queries/faqs'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'faq' })
  return { title: t('title'), description: t('intro') }
}

export default async function FaqPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tGuide, faqs] = await Promise.all([
    getTranslations({ locale, namespace: 'faq' }),
    getTranslations({ locale, namespace: 'guide' }),
    listFaqs(locale),
  ])
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="faq-list">
        {faqs.map((faq) => (
          <section
            key={faq.id}
            id={faq.slug}
            className="faq-item"
            aria-labelledby={`${faq.slug}-q`}
          >
            <h2 id={`${faq.slug}-q`}>{faq.question}</h2>
            <RichText
              data={faq.answer as unknown as SerializedEditorState}
              labels={{ tip: tGuide('tip'), warning: tGuide('warning') }}
            />
          </section>
        ))}
      </div>
    </>
  )
}
