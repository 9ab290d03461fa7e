import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'

import { PageFrame } from '@/components/PageFrame'
import { UntranslatedNotice } from '@/components/UntranslatedNotice'
import { collectionSlugs } from '@/content/constants'
import { isTranslated, publicCollections } from '@/content/publicCollections'
import { localeInfo } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { documentAlternates } from '@/lib/documentAlternates'
import { paths } from '@/lib/paths'
import { pickLocale } from '@/lib/pickLocale'
import { getChannel } from '@/lib/queries/channels'
import { resolveSlug } from '@/lib/queries/slugs'
import { pageMetadata } from '@/lib/seo'
import { slugParam } from '@/lib/slugParam'
import type { Carrier } from '@/payload-types'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

async function loadChannel(params: Props['params']) {
  const locale = await pageLocale(params)
  const match = await resolveSlug(collectionSlugs.channels, slugParam((await params).slug))
  const raw = match && (await getChannel(match.id))
  if (!raw) notFound()
  return {
    locale,
    translated: isTranslated(collectionSlugs.channels, raw, locale),
    alternates: documentAlternates(collectionSlugs.channels, raw),
    channel: pickLocale(raw, locale),
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, channel, translated, alternates } = await loadChannel(params)
  return pageMetadata({
    locale,
    title: channel.name,
    description: channel.summary,
    alternates,
    translated,
  })
}

export default async function ChannelPage({ params }: Props) {
  const { locale, channel, translated, alternates } = await loadChannel(params)
  const t = await getTranslations({ locale, namespace: 'channel' })
  const carriers = (channel.carriers ?? []).filter((c): c is Carrier => typeof c === 'object')
  const list = (
    title: string,
    id: string,
    items: { text: string; id?: string | null }[] | null | undefined,
    ordered = false,
  ) => {
    if (!items?.length) return null
    const List = ordered ? 'ol' : 'ul'
    return (
      <section aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        <List
          className={ordered ? 'steps' : 'plain'}
          lang={translated ? undefined : localeInfo.zh.hreflang}
        >
          {items.map((item, i) => (
            <li key={item.id ?? i}>{item.text}</li>
          ))}
        </List>
      </section>
    )
  }

  return (
    <PageFrame locale={locale} alternates={alternates} section={paths.carriers}>
      <article>
        {!translated && <UntranslatedNotice locale={locale} />}
        <h1>{channel.name}</h1>
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
          <p className="lead" lang={translated ? undefined : localeInfo.zh.hreflang}>
            {channel.summary}
          </p>
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
              <dd>{channel.timeToEffect}</dd>
            </>
          )}
          {carriers.length > 0 && (
            <>
              <dt>{t('carriers')}</dt>
              <dd>
                <ul className="inline-list">
                  {carriers.map((carrier) => (
                    <li key={carrier.id}>
                      <Link href={publicCollections.carriers.path(locale, carrier.slug)}>
                        {carrier.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
        {list(t('steps'), 'steps', channel.steps, true)}
        {list(t('pros'), 'pros', channel.pros)}
        {list(t('cautions'), 'cautions', channel.cautions)}
      </article>
    </PageFrame>
  )
}
