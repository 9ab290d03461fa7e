import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import { RelatedLinks } from '@/components/RelatedLinks'
import { UntranslatedNotice } from '@/components/UntranslatedNotice'
import { localeInfo, locales } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { paths } from '@/lib/paths'
import { hasTranslation, pickLocale } from '@/lib/pickLocale'
import { getCarrier } from '@/lib/queries/carriers'
import { resolveSlug } from '@/lib/queries/slugs'
import { pageMetadata } from '@/lib/seo'
import { slugParam } from '@/lib/slugParam'
import type { Carrier, Channel } from '@/payload-types'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

async function loadCarrier(params: Props['params']) {
  const locale = await pageLocale(params)
  const match = await resolveSlug('carriers', slugParam((await params).slug))
  const found = match && (await getCarrier(match.id))
  if (!found) notFound()
  const translated = hasTranslation(found.carrier.description, locale)
  const alternates = Object.fromEntries(
    locales.map((l) => [
      l,
      hasTranslation(found.carrier.description, l) ? paths.carrier(l, found.carrier.slug) : null,
    ]),
  )
  return {
    locale,
    translated,
    alternates,
    carrier: pickLocale<Carrier>(found.carrier, locale),
    channels: found.channels.map((c) => pickLocale<Channel>(c, locale)),
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, carrier, translated, alternates } = await loadCarrier(params)
  return pageMetadata({
    locale,
    title: carrier.name,
    description: carrier.description,
    alternates,
    translated,
  })
}

export default async function CarrierPage({ params }: Props) {
  const { locale, carrier, channels, translated, alternates } = await loadCarrier(params)
  const t = await getTranslations({ locale, namespace: 'carrier' })
  const unknown = <span className="muted">{t('notProvided')}</span>

  return (
    <PageFrame locale={locale} alternates={alternates} section={paths.carriers}>
      <article>
        {!translated && <UntranslatedNotice locale={locale} />}
        <h1>{carrier.name}</h1>
        {carrier.description && (
          <p className="lead" lang={translated ? undefined : localeInfo.zh.hreflang}>
            {carrier.description}
          </p>
        )}
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
          <dt>{t('contacts')}</dt>
          <dd>
            {carrier.contacts?.length ? (
              <ul className="plain">
                {carrier.contacts.map((c) => (
                  <li key={c.id ?? c.value}>
                    {c.label}: {c.value}
                  </li>
                ))}
              </ul>
            ) : (
              unknown
            )}
          </dd>
        </dl>
        <RelatedLinks
          id="carrier-channels"
          heading={t('channels')}
          items={channels.map((c) => ({
            key: c.id,
            href: paths.channel(locale, c.slug),
            label: c.name,
            detail: c.summary,
          }))}
        />
      </article>
    </PageFrame>
  )
}
