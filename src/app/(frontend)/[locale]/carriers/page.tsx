import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { DocumentLink } from '@/components/DocumentLink'
import { FactList, factsOf, type RawFact } from '@/components/FactList'
import { MediaImage } from '@/components/MediaImage'
import { PageFrame } from '@/components/PageFrame'
import { collectionSlugs, type FactKind } from '@/content/constants'
import { publicCollections, shownLocaleOf } from '@/content/publicCollections'
import { pageLocale } from '@/i18n/pageLocale'
import { paths } from '@/lib/paths'
import { localizedText, pickLocale } from '@/lib/pickLocale'
import { listCarriers } from '@/lib/queries/carriers'
import { everyLocale, pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: string }> }

/** The table's fact columns: each headed by its first kind, filled from the facts of all its kinds. */
const tableColumns: [FactKind, FactKind[]][] = [
  ['website', ['website']],
  ['app', ['app']],
  ['packageCheck', ['balanceCheck', 'packageCheck']],
  ['topUp', ['topUp', 'autoTopUp']],
  ['emergencyCredit', ['emergencyCredit']],
]

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'carriers' })
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('intro'),
    alternates: everyLocale(paths.carriers),
  })
}

export default async function CarriersPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tCarrier, tFacts, data] = await Promise.all([
    getTranslations({ locale, namespace: 'carriers' }),
    getTranslations({ locale, namespace: 'carrier' }),
    getTranslations({ locale, namespace: 'facts' }),
    listCarriers(),
  ])
  const carriers = data.carriers.map((c) => ({ ...pickLocale(c, locale), raw: c }))
  const channels = data.channels.map((c) => ({ ...pickLocale(c, locale), raw: c }))
  const unknown = <span className="muted">{tCarrier('notProvided')}</span>
  return (
    <PageFrame locale={locale} alternates={everyLocale(paths.carriers)} section={paths.carriers}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="carriers-caption">
        <table className="compare">
          <caption id="carriers-caption">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              {tableColumns.map(([kind]) => (
                <th scope="col" key={kind}>
                  {tFacts(`kind.${kind}`)}
                </th>
              ))}
              <th scope="col">{tCarrier('autoRenewal')}</th>
              <th scope="col">{tCarrier('supportLanguages')}</th>
              <th scope="col">{t('channels')}</th>
            </tr>
          </thead>
          <tbody>
            {carriers.map((carrier) => {
              const served = channels.filter((ch) =>
                (ch.carriers ?? []).some((c) => (typeof c === 'object' ? c.id : c) === carrier.id),
              )
              return (
                <tr key={carrier.id}>
                  <DocumentLink
                    as="th"
                    scope="row"
                    locale={locale}
                    href={publicCollections.carriers.path(locale, carrier.slug)}
                    source={shownLocaleOf(collectionSlugs.carriers, carrier.raw, locale)}
                    label={localizedText(carrier.raw.name, locale)}
                    before={
                      <MediaImage
                        locale={locale}
                        media={carrier.raw.logo}
                        sizes="2rem"
                        className="carrier-logo-small"
                        decorative
                      />
                    }
                  />
                  {tableColumns.map(([kind, kinds]) => (
                    <td key={kind}>
                      <FactList
                        locale={locale}
                        facts={factsOf(carrier.raw.facts as RawFact[], kinds)}
                      />
                    </td>
                  ))}
                  <td>{tCarrier(`autoRenewalValue.${carrier.autoRenewal}`)}</td>
                  <td data-support-languages>
                    {carrier.supportLanguages?.length
                      ? carrier.supportLanguages
                          .map((code) => tFacts(`language.${code}`))
                          .join(', ')
                      : unknown}
                  </td>
                  <td>
                    {served.length ? (
                      <ul className="inline-list">
                        {served.map((ch) => (
                          <DocumentLink
                            key={ch.id}
                            locale={locale}
                            href={publicCollections.channels.path(locale, ch.slug)}
                            source={shownLocaleOf(collectionSlugs.channels, ch.raw, locale)}
                            label={localizedText(ch.raw.name, locale)}
                          />
                        ))}
                      </ul>
                    ) : (
                      unknown
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </PageFrame>
  )
}
