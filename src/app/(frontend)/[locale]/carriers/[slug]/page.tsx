import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { FactRows, type RawFact } from '@/components/FactList'
import { InLocale } from '@/components/InLocale'
import { PageFrame } from '@/components/PageFrame'
import { RelatedLinks } from '@/components/RelatedLinks'
import { checkedDate } from '@/components/SourceLine'
import { UntranslatedNotice } from '@/components/UntranslatedNotice'
import { collectionSlugs, factKinds, travellerKinds } from '@/content/constants'
import { isTranslated, publicCollections, shownLocaleOf } from '@/content/publicCollections'
import { isLocale, localeInfo } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { documentAlternates } from '@/lib/documentAlternates'
import { paths } from '@/lib/paths'
import { localizedText, pickLocale } from '@/lib/pickLocale'
import { getCarrier } from '@/lib/queries/carriers'
import { resolveSlug } from '@/lib/queries/slugs'
import { redirectOrNotFound } from '@/lib/redirectOrNotFound'
import { pageMetadata } from '@/lib/seo'
import { slugParam } from '@/lib/slugParam'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

async function loadCarrier(params: Props['params']) {
  const locale = await pageLocale(params)
  const slug = slugParam((await params).slug)
  const match = await resolveSlug(collectionSlugs.carriers, slug)
  const found = match && (await getCarrier(match.id))
  if (!found) return redirectOrNotFound(publicCollections.carriers.path(locale, slug))
  return {
    locale,
    translated: isTranslated(collectionSlugs.carriers, found.carrier, locale),
    alternates: documentAlternates(collectionSlugs.carriers, found.carrier),
    carrier: pickLocale(found.carrier, locale),
    channels: found.channels.map((c) => pickLocale(c, locale)),
    raw: found,
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, carrier, translated, alternates } = await loadCarrier(params)
  return pageMetadata({
    locale,
    title: carrier.meta?.title || carrier.name,
    description: carrier.meta?.description || carrier.description,
    image: carrier.meta?.image,
    alternates,
    translated,
  })
}

export default async function CarrierPage({ params }: Props) {
  const { locale, carrier, translated, alternates, raw } = await loadCarrier(params)
  const [t, tFacts] = await Promise.all([
    getTranslations({ locale, namespace: 'carrier' }),
    getTranslations({ locale, namespace: 'facts' }),
  ])
  const facts = (raw.carrier.facts ?? []) as RawFact[]
  // What a traveller looks for is always listed ("not verified yet" when no source says it);
  // the other kinds only when a fact has them.
  const shownKinds = factKinds.filter(
    (kind) => travellerKinds.includes(kind) || facts.some((f) => f.kind === kind),
  )
  const languageName = (code: string) =>
    isLocale(code) ? localeInfo[code].label : code === 'kk' ? 'Қазақша' : code
  const unknown = <span className="muted">{t('notProvided')}</span>
  const source = shownLocaleOf(collectionSlugs.carriers, raw.carrier, locale)
  // A field is marked where it is when the document is translated; otherwise the notice above
  // says so for the whole page.
  const field = { locale, mark: translated }

  return (
    <PageFrame locale={locale} alternates={alternates} section={paths.carriers}>
      <article>
        {!translated && <UntranslatedNotice locale={locale} source={source} />}
        <InLocale as="h1" {...field} of={raw.carrier.name}>
          {carrier.name}
        </InLocale>
        {carrier.description && (
          <InLocale as="p" className="lead" {...field} of={raw.carrier.description}>
            {carrier.description}
          </InLocale>
        )}
        <dl className="facts">
          <FactRows locale={locale} facts={facts} kinds={shownKinds} mark={translated} />
          <dt>{t('autoRenewal')}</dt>
          <dd>{t(`autoRenewalValue.${carrier.autoRenewal}`)}</dd>
          <dt>{t('validity')}</dt>
          <dd>
            {carrier.validityOptions?.length
              ? carrier.validityOptions.map((days) => t('days', { count: days })).join(' · ')
              : unknown}
          </dd>
          <dt>{t('supportLanguages')}</dt>
          <dd>
            {carrier.supportLanguages?.length
              ? carrier.supportLanguages.map(languageName).join(', ')
              : unknown}
          </dd>
        </dl>
        {carrier.factsVerifiedOn && (
          <p className="muted">
            {tFacts('verifiedOn', { date: await checkedDate(locale, carrier.factsVerifiedOn) })}
          </p>
        )}
        <RelatedLinks
          id="carrier-channels"
          heading={t('channels')}
          locale={locale}
          items={raw.channels.map((c) => ({
            key: c.id,
            href: publicCollections.channels.path(locale, c.slug),
            source: shownLocaleOf(collectionSlugs.channels, c, locale),
            label: localizedText(c.name, locale),
            detail: localizedText(c.summary, locale),
          }))}
        />
      </article>
    </PageFrame>
  )
}
