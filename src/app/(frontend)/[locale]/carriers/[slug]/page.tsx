import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { FactRows, type RawFact } from '@/components/FactList'
import { FactsVerified } from '@/components/FactsVerified'
import { InLocale, langAttribute } from '@/components/InLocale'
import { MediaImage } from '@/components/MediaImage'
import { PageFrame } from '@/components/PageFrame'
import { RelatedLinks } from '@/components/RelatedLinks'
import { ReportForm } from '@/components/ReportForm'
import { UntranslatedNotice } from '@/components/UntranslatedNotice'
import { collectionSlugs, factKinds, travellerKinds } from '@/content/constants'
import { isTranslated, publicCollections, shownLocaleOf } from '@/content/publicCollections'
import { type AppStore, appStores, isAppStoreUrl } from '@/fields/appStoreLinks'
import { pageLocale } from '@/i18n/pageLocale'
import { documentAlternates } from '@/lib/documentAlternates'
import { paths } from '@/lib/paths'
import { localizedText, pickLocale } from '@/lib/pickLocale'
import { getCarrier } from '@/lib/queries/carriers'
import { resolveSlug } from '@/lib/queries/slugs'
import { redirectOrNotFound } from '@/lib/redirectOrNotFound'
import { redirectToOwnAddress } from '@/lib/redirectToOwnAddress'
import { pageMetadata } from '@/lib/seo'
import { slugParam } from '@/lib/slugParam'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

// Rendered again at least hourly from its cached reads, so "facts need confirming" appears the
// day the verified date passes the limit (src/content/factsStaleness.ts).
export const revalidate = 3600

async function loadCarrier(params: Props['params']) {
  const locale = await pageLocale(params)
  const slug = slugParam((await params).slug)
  const match = await resolveSlug(collectionSlugs.carriers, slug)
  const found = match && (await getCarrier(match.id))
  if (!found) return redirectOrNotFound(publicCollections.carriers.path(locale, slug))
  // A slug the carrier had before (a published version's) goes to its own address.
  if (match.redirect || found.carrier.slug !== slug) {
    await redirectToOwnAddress(publicCollections.carriers.path(locale, found.carrier.slug))
  }
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
  const [t, tFacts, tCountry] = await Promise.all([
    getTranslations({ locale, namespace: 'carrier' }),
    getTranslations({ locale, namespace: 'facts' }),
    getTranslations({ locale, namespace: 'country' }),
  ])
  const facts = (raw.carrier.facts ?? []) as RawFact[]
  // What a traveller looks for is always listed ("not verified yet" when no source says it);
  // the other kinds only when a fact has them.
  const shownKinds = factKinds.filter(
    (kind) => travellerKinds.includes(kind) || facts.some((f) => f.kind === kind),
  )
  const unknown = <span className="muted">{t('notProvided')}</span>
  const source = shownLocaleOf(collectionSlugs.carriers, raw.carrier, locale)
  // A field is marked where it is when the document is translated; otherwise the notice above
  // says so for the whole page.
  const field = { locale, mark: translated }
  // Checked again as shown: a link saved before the rule, or past it, never reaches a reader.
  const storeLinks = (Object.keys(appStores) as AppStore[]).flatMap((store) => {
    const url = raw.carrier.appLinks?.[store]
    return isAppStoreUrl(store, url) ? [{ store, url }] : []
  })
  const mergedInto = typeof raw.carrier.mergedInto === 'object' ? raw.carrier.mergedInto : null
  const [mergedBefore, mergedAfter] = t('mergedInto', { name: '\u0000' }).split('\u0000')

  return (
    <PageFrame locale={locale} alternates={alternates} section={paths.carriers}>
      <article>
        {!translated && <UntranslatedNotice locale={locale} source={source} />}
        <header className="carrier-header">
          <MediaImage
            locale={locale}
            media={raw.carrier.logo}
            sizes="6rem"
            className="carrier-logo"
            priority
          />
          <InLocale as="h1" {...field} of={raw.carrier.name}>
            {carrier.name}
          </InLocale>
        </header>
        {carrier.status === 'merged' && (
          <p className="callout callout-note" data-carrier-status="merged">
            {mergedInto ? (
              <>
                {mergedBefore}
                <Link
                  href={publicCollections.carriers.path(locale, mergedInto.slug)}
                  lang={langAttribute(localizedText(mergedInto.name, locale).source, locale)}
                >
                  {localizedText(mergedInto.name, locale).text}
                </Link>
                {mergedAfter}
              </>
            ) : (
              t('merged')
            )}
          </p>
        )}
        {carrier.description && (
          <InLocale as="p" className="lead" {...field} of={raw.carrier.description}>
            {carrier.description}
          </InLocale>
        )}
        <dl className="facts">
          <dt>{tCountry('label')}</dt>
          <dd data-country={carrier.country}>{tCountry(carrier.country)}</dd>
          <FactRows
            locale={locale}
            facts={facts}
            kinds={shownKinds.filter((kind) => kind !== 'support')}
            mark={translated}
          />
          {storeLinks.length > 0 && (
            <>
              <dt>{t('appStores')}</dt>
              <dd>
                <ul className="inline-list" data-app-stores>
                  {storeLinks.map(({ store, url }) => (
                    <li key={store}>
                      <a href={url} rel="noopener nofollow">
                        {appStores[store].label}
                      </a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          <dt>{t('autoRenewal')}</dt>
          <dd>{t(`autoRenewalValue.${carrier.autoRenewal}`)}</dd>
          <dt>{t('validity')}</dt>
          <dd>
            {carrier.validityOptions?.length
              ? carrier.validityOptions.map((days) => t('days', { count: days })).join(' · ')
              : unknown}
          </dd>
          {/* Support: its contacts, and right under them the languages it speaks. */}
          <FactRows locale={locale} facts={facts} kinds={['support']} mark={translated} />
          <dt>{t('supportLanguages')}</dt>
          <dd data-support-languages>
            {carrier.supportLanguages?.length
              ? carrier.supportLanguages.map((code) => tFacts(`language.${code}`)).join(', ')
              : unknown}
          </dd>
        </dl>
        <FactsVerified locale={locale} verifiedOn={carrier.factsVerifiedOn} />
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
        <ReportForm collection="carriers" id={carrier.id} locale={locale} />
      </article>
    </PageFrame>
  )
}
