import type { Metadata } from 'next'
import { Fragment } from 'react'
import { getTranslations } from 'next-intl/server'

import { DocumentLink } from '@/components/DocumentLink'
import { FactRows, type RawFact } from '@/components/FactList'
import { FactsVerified } from '@/components/FactsVerified'
import { InLocale } from '@/components/InLocale'
import { PageFrame } from '@/components/PageFrame'
import { ReportForm } from '@/components/ReportForm'
import { UntranslatedNotice } from '@/components/UntranslatedNotice'
import { collectionSlugs, factKinds } from '@/content/constants'
import { isTranslated, publicCollections, shownLocaleOf } from '@/content/publicCollections'
import { pageLocale } from '@/i18n/pageLocale'
import { documentAlternates } from '@/lib/documentAlternates'
import { paths } from '@/lib/paths'
import { localizedText, pickLocale } from '@/lib/pickLocale'
import { getChannel } from '@/lib/queries/channels'
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

async function loadChannel(params: Props['params']) {
  const locale = await pageLocale(params)
  const slug = slugParam((await params).slug)
  const match = await resolveSlug(collectionSlugs.channels, slug)
  const raw = match && (await getChannel(match.id))
  if (!raw) return redirectOrNotFound(publicCollections.channels.path(locale, slug))
  // A slug the channel had before (a published version's) goes to its own address.
  if (match.redirect || raw.slug !== slug) {
    await redirectToOwnAddress(publicCollections.channels.path(locale, raw.slug))
  }
  return {
    locale,
    translated: isTranslated(collectionSlugs.channels, raw, locale),
    alternates: documentAlternates(collectionSlugs.channels, raw),
    channel: pickLocale(raw, locale),
    raw,
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, channel, translated, alternates } = await loadChannel(params)
  return pageMetadata({
    locale,
    title: channel.meta?.title || channel.name,
    description: channel.meta?.description || channel.summary,
    image: channel.meta?.image,
    alternates,
    translated,
  })
}

export default async function ChannelPage({ params }: Props) {
  const { locale, channel, translated, alternates, raw } = await loadChannel(params)
  const t = await getTranslations({ locale, namespace: 'channel' })
  // As read (`locale: 'all'`), to tell which locale each name comes from.
  const carriers = (raw.carriers ?? []).filter((c) => typeof c === 'object')
  const source = shownLocaleOf(collectionSlugs.channels, raw, locale)
  // A field is marked where it is when the document is translated; otherwise the notice above
  // says so for the whole page.
  const field = { locale, mark: translated }
  const facts = (raw.facts ?? []) as RawFact[]
  const list = (
    title: string,
    id: string,
    items: { text: string; id?: string | null }[] | null | undefined,
    value: unknown,
    ordered = false,
  ) => {
    if (!items?.length) return null
    const List = ordered ? 'ol' : 'ul'
    return (
      <section aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        <InLocale as="div" {...field} of={value} markAt="start">
          <List className={ordered ? 'steps' : 'plain'}>
            {items.map((item, i) => (
              <li key={item.id ?? i}>{item.text}</li>
            ))}
          </List>
        </InLocale>
      </section>
    )
  }

  return (
    <PageFrame locale={locale} alternates={alternates} section={paths.carriers}>
      <article>
        {!translated && <UntranslatedNotice locale={locale} source={source} />}
        <InLocale as="h1" {...field} of={raw.name}>
          {channel.name}
        </InLocale>
        {channel.verification === 'unverified' ? (
          <p className="callout callout-warning" role="alert">
            {t('unverifiedWarning')}
          </p>
        ) : (
          <p className="badge badge-official">
            {t(channel.verification === 'official' ? 'official' : 'verified')}
          </p>
        )}
        {channel.summary && (
          <InLocale as="p" className="lead" {...field} of={raw.summary}>
            {channel.summary}
          </InLocale>
        )}
        <dl className="facts">
          <dt>{t('kind')}</dt>
          <dd>{channel.kinds.map((kind) => t(`kinds.${kind}`)).join(', ')}</dd>
          <dt>{t('paymentMethods')}</dt>
          <dd>
            {channel.paymentMethods?.length
              ? channel.paymentMethods.map((m) => t(`payment.${m}`)).join(', ')
              : '—'}
          </dd>
          <dt>{t('worksFromAbroad')}</dt>
          <dd>{t(`worksFromAbroadValue.${channel.worksFromAbroad}`)}</dd>
          {channel.timeToEffect && (
            <>
              <dt>{t('timeToEffect')}</dt>
              <InLocale as="dd" {...field} of={raw.timeToEffect}>
                {channel.timeToEffect}
              </InLocale>
            </>
          )}
          {carriers.length > 0 && (
            <>
              <dt>{t('carriers')}</dt>
              <dd>
                <ul className="inline-list">
                  {carriers.map((carrier) => (
                    <DocumentLink
                      key={carrier.id}
                      locale={locale}
                      href={publicCollections.carriers.path(locale, carrier.slug)}
                      source={shownLocaleOf(collectionSlugs.carriers, carrier, locale)}
                      label={localizedText(carrier.name, locale)}
                    />
                  ))}
                </ul>
              </dd>
            </>
          )}
          <FactRows
            locale={locale}
            facts={facts}
            kinds={factKinds.filter((kind) => facts.some((f) => f.kind === kind))}
            mark={translated}
          />
        </dl>
        <FactsVerified locale={locale} verifiedOn={channel.factsVerifiedOn} />
        {list(t('steps'), 'steps', channel.steps, raw.steps, true)}
        {list(t('pros'), 'pros', channel.pros, raw.pros)}
        {list(t('cautions'), 'cautions', channel.cautions, raw.cautions)}
        <ReportForm collection="channels" id={channel.id} locale={locale} />
      </article>
    </PageFrame>
  )
}
