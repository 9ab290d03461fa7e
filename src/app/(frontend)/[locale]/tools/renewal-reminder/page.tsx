import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import { pageLocale } from '@/i18n/pageLocale'
import { paths } from '@/lib/paths'
import { pickLocale } from '@/lib/pickLocale'
import { listCarriers } from '@/lib/queries/carriers'
import { everyLocale, pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations({ locale, namespace: 'reminder' })
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('intro'),
    alternates: everyLocale(paths.reminder),
  })
}

/** Common validity periods named in the source article; carriers' own options join them. */
const typicalValidity = [7, 14, 30]

/** A plain form: the browser downloads the calendar file from the route next to this page. */
export default async function ReminderPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, tCarrier, { carriers }] = await Promise.all([
    getTranslations({ locale, namespace: 'reminder' }),
    getTranslations({ locale, namespace: 'carrier' }),
    listCarriers(),
  ])
  const options = carriers
    .map((c) => pickLocale(c, locale))
    .flatMap((c) =>
      (c.validityOptions ?? []).map((days) => ({
        label: `${c.name}: ${tCarrier('days', { count: days })}`,
        days,
      })),
    )
  return (
    <PageFrame locale={locale} alternates={everyLocale(paths.reminder)} section={paths.reminder}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form className="form-grid" method="get" action={`${paths.reminder(locale)}/calendar.ics`}>
        <label>
          {t('activation')}
          <input type="date" name="activation" required />
        </label>
        <label>
          {t('validity')}
          <input
            type="number"
            name="days"
            min={1}
            max={365}
            required
            list="validity-options"
            inputMode="numeric"
          />
          <datalist id="validity-options">
            {[
              ...typicalValidity.map((days) => ({
                label: tCarrier('days', { count: days }),
                days,
              })),
              ...options,
            ].map((o) => (
              <option key={o.label} value={o.days} label={o.label} />
            ))}
          </datalist>
        </label>
        <label>
          {t('remindBefore')}
          <input
            type="number"
            name="before"
            min={0}
            max={30}
            defaultValue={2}
            required
            inputMode="numeric"
          />
        </label>
        <button type="submit" className="button">
          {t('download')}
        </button>
      </form>
    </PageFrame>
  )
}
