import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import { RelatedLinks } from '@/components/RelatedLinks'
import { UntranslatedNotice } from '@/components/UntranslatedNotice'
import { collectionSlugs } from '@/content/constants'
import { isTranslated, publicCollections } from '@/content/publicCollections'
import { localeInfo } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { documentAlternates } from '@/lib/documentAlternates'
import { paths } from '@/lib/paths'
import { pickLocale } from '@/lib/pickLocale'
import { getCarrier } from '@/lib/queries/carriers'
import { resolveSlug } from '@/lib/queries/slugs'
import { pageMetadata } from '@/lib/seo'
import { slugParam } from '@/lib/slugParam'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

async function loadCarrier(params: Props['params']) {
  const locale = await pageLocale(params)
  const match = await resolveSlug(collectionSlugs.carriers, slugParam((await params).slug))
  const found = match && (await getCarrier(match.id))
  if (!found) notFound()
  return {
    locale,
    translated: isTranslated(collectionSlugs.carriers, found.carrier, locale),
    alternates: documentAlternates(collectionSlugs.carriers, found.carrier),
    carrier: pickLocale(found.carrier, locale),
    channels: found.channels.map((c) => pickLocale(c, locale)),
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
            href: publicCollections.channels.path(locale, c.slug),
            label: c.name,
            detail: c.summary,
          }))}
        />
      </article>
    </PageFrame>
  )
}
