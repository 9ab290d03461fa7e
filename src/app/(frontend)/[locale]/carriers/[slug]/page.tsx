import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { pageLocale } from '@/i18n/pageLocale'
import { getCarrierBySlug } from '@/lib/queries/carriers'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { slug } = await params
  const result = await getCarrierBySlug(locale, decodeURIComponent(slug))
  if (!result) return {}
  return { title: result.carrier.name, description: result.carrier.description || undefined }
}

export default async function CarrierPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const result = await getCarrierBySlug(locale, decodeURIComponent(slug))
  if (!result) notFound()
  const { carrier, channels } = result
  const t = await getTranslations({ locale, namespace: 'carrier' })
  const unknown = <span className="muted">{t('notProvided')}</span>

  return (
    <article>
      <h1>{carrier.name}</h1>
      {carrier.description && <p className="lead">{carrier.description}</p>}
      <dl className="facts">
        <dt>{t('autoRenewal')}</dt>
        <dd>{t(`autoRenewalValue.${carrier.autoRenewal}`)}</dd>
        <dt>{t('validity')}</dt>
        <dd>
          {carrier.validityOptions?.length
            ? carrier.validityOptions.map((days) => t('days', { count: days })).join(' · ')
            : unknown}
        </dd>
        <dt>{t('website')}</dt>
        <dd>
          {carrier.website ? (
            <a href={carrier.website} rel="noopener">
              {carrier.website}
            </a>
          ) : (
            unknown
          )}
        </dd>
        <dt>{t('balanceCheck')}</dt>
        <dd>{carrier.balanceCheck || unknown}</dd>
      </dl>
      {channels.length > 0 && (
        <section aria-labelledby="carrier-channels">
          <h2 id="carrier-channels">{t('channels')}</h2>
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
    </article>
  )
}
