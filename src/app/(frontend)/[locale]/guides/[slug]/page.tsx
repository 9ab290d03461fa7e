import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import Link from 'next/link'

import { pageLocale } from '@/i18n/pageLocale'
import { RichText } from '@/components/RichText'
import type { Carrier, Channel, Faq } from '@/payload-types'
import { getGuideBySlug } from '@/lib/queries/guides'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** Populated relations only: an id means the related document is not readable (e.g. a draft). */
const populated = <T extends { id: number }>(items: (number | T)[] | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => typeof item === 'object' && item !== null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { slug } = await params
  const guide = await getGuideBySlug(locale, decodeURIComponent(slug))
  if (!guide) return {}
  return {
    title: guide.meta?.title || guide.title,
    description: guide.meta?.description || guide.summary || undefined,
  }
}

export default async function GuidePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const guide = await getGuideBySlug(locale, decodeURIComponent(slug))
  if (!guide) notFound()
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: 'guide' }),
    getFormatter({ locale }),
  ])

  const carriers = populated<Carrier>(guide.relatedCarriers)
  const channels = populated<Channel>(guide.relatedChannels)
  const faqs = populated<Faq>(guide.relatedFaqs)

  return (
    <article className="guide">
      <header>
        <h1>{guide.title}</h1>
        {guide.summary && <p className="lead">{guide.summary}</p>}
        <p className="meta">
          {guide.factsVerifiedOn
            ? t('verifiedOn', {
                date: format.dateTime(new Date(guide.factsVerifiedOn), { dateStyle: 'long' }),
              })
            : t('updatedOn', {
                date: format.dateTime(new Date(guide.updatedAt), { dateStyle: 'long' }),
              })}
        </p>
      </header>

      <RichText
        data={guide.body as unknown as SerializedEditorState}
        labels={{ tip: t('tip'), warning: t('warning') }}
      />

      {channels.length > 0 && (
        <section aria-labelledby="related-channels">
          <h2 id="related-channels">{t('relatedChannels')}</h2>
          <ul className="plain">
            {channels.map((channel) => (
              <li key={channel.id}>
                <strong>{channel.name}</strong>
                {channel.summary && <> — {channel.summary}</>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {carriers.length > 0 && (
        <section aria-labelledby="related-carriers">
          <h2 id="related-carriers">{t('relatedCarriers')}</h2>
          <ul className="pills">
            {carriers.map((carrier) => (
              <li key={carrier.id}>
                <Link href={`/${locale}/carriers/${carrier.slug}`}>{carrier.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {faqs.length > 0 && (
        <section aria-labelledby="related-faqs">
          <h2 id="related-faqs">{t('relatedFaqs')}</h2>
          <ul className="plain">
            {faqs.map((faq) => (
              <li key={faq.id}>
                <Link href={`/${locale}/faq#${faq.slug}`}>{faq.question}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
