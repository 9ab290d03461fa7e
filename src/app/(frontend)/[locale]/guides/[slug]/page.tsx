import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Metadata } from 'next'
import { getFormatter, getTranslations } from 'next-intl/server'

import { FactsVerified } from '@/components/FactsVerified'
import { Feedback } from '@/components/Feedback'
import { FallbackMark, InLocale, langAttribute } from '@/components/InLocale'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { PageFrame } from '@/components/PageFrame'
import { RelatedLinks } from '@/components/RelatedLinks'
import { ReportForm } from '@/components/ReportForm'
import { SourceList } from '@/components/SourceList'
import { RichText, tableOfContents } from '@/components/RichText'
import { UntranslatedNotice } from '@/components/UntranslatedNotice'
import { collectionSlugs } from '@/content/constants'
import { sourceLocaleOf } from '@/content/localizedValues'
import { isTranslated, publicCollections, shownLocaleOf } from '@/content/publicCollections'
import { env } from '@/env'
import { localeInfo } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { documentAlternates } from '@/lib/documentAlternates'
import { paths } from '@/lib/paths'
import { localizedText, pickLocale } from '@/lib/pickLocale'
import { getGuide } from '@/lib/queries/guides'
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

/** The guide for this URL, in the reader's locale, or a redirect to its own URL in this locale. */
async function loadGuide(params: Props['params']) {
  const locale = await pageLocale(params)
  const slug = slugParam((await params).slug)
  const found = await resolveSlug(collectionSlugs.guides, slug)
  const raw = found && (await getGuide(found.id))
  if (!found || !raw) return redirectOrNotFound(publicCollections.guides.path(locale, slug))
  const translated = isTranslated(collectionSlugs.guides, raw, locale)
  const alternates = documentAlternates(collectionSlugs.guides, raw)
  const guide = pickLocale(raw, locale)
  // One URL per page: another locale's slug, or a slug the guide had before, goes to this one.
  if (found.redirect || guide.slug !== slug) {
    await redirectToOwnAddress(publicCollections.guides.path(locale, guide.slug))
  }
  return { locale, guide, translated, alternates, raw }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, guide, translated, alternates } = await loadGuide(params)
  return pageMetadata({
    locale,
    title: guide.meta?.title || guide.title,
    description: guide.meta?.description || guide.summary,
    image: guide.meta?.image,
    alternates,
    translated,
    type: 'article',
  })
}

const populated = <T extends { id: number }>(items: (number | T)[] | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => typeof item === 'object' && item !== null)

export default async function GuidePage({ params }: Props) {
  const { locale, guide, translated, alternates, raw } = await loadGuide(params)
  const [t, tCountry, format] = await Promise.all([
    getTranslations({ locale, namespace: 'guide' }),
    getTranslations({ locale, namespace: 'country' }),
    getFormatter({ locale }),
  ])
  const body: SerializedEditorState = guide.body
  const toc = tableOfContents(body)
  // Related documents as read (`locale: 'all'`), to tell which locale each text comes from.
  const carriers = populated(raw.relatedCarriers)
  const channels = populated(raw.relatedChannels)
  const faqs = populated(raw.relatedFaqs)
  const source = shownLocaleOf(collectionSlugs.guides, raw, locale)
  const bodySource = sourceLocaleOf(raw.body, locale)

  return (
    <PageFrame locale={locale} alternates={alternates} section={paths.guides}>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Article',
          headline: guide.title,
          description: guide.summary ?? undefined,
          inLanguage: localeInfo[source].hreflang,
          dateModified: guide.updatedAt,
          datePublished: guide.createdAt,
          mainEntityOfPage: `${env.serverUrl()}${publicCollections.guides.path(locale, guide.slug)}`,
          publisher: { '@type': 'Organization', name: 'SIM Atlas' },
        }}
      />
      <article className="guide">
        {!translated && <UntranslatedNotice locale={locale} source={source} />}
        <header lang={langAttribute(source, locale)}>
          <h1>{guide.title}</h1>
          {guide.summary && (
            <InLocale
              as="p"
              className="lead"
              locale={locale}
              of={raw.summary}
              within={source}
              mark={translated}
            >
              {guide.summary}
            </InLocale>
          )}
        </header>
        <p className="meta" data-country={guide.country}>
          {tCountry('label')}: {tCountry(guide.country)}
        </p>
        <MediaImage
          locale={locale}
          media={raw.heroImage}
          sizes="(max-width: 48rem) 100vw, 48rem"
          className="hero-image"
          priority
        />
        <FactsVerified
          locale={locale}
          verifiedOn={guide.factsVerifiedOn}
          otherwise={t('updatedOn', {
            date: format.dateTime(new Date(guide.updatedAt), { dateStyle: 'long' }),
          })}
        />

        {toc.length > 1 && (
          <nav aria-labelledby="toc-heading" className="toc">
            <h2 id="toc-heading">
              {t('toc')} {translated && <FallbackMark locale={locale} source={bodySource} />}
            </h2>
            <ol lang={langAttribute(bodySource, locale)}>
              {toc.map((entry) => (
                <li key={entry.id}>
                  <a href={`#${entry.id}`}>{entry.text}</a>
                </li>
              ))}
            </ol>
          </nav>
        )}

        <InLocale as="div" locale={locale} of={raw.body} mark={translated} markAt="start">
          <RichText data={body} labels={{ tip: t('tip'), warning: t('warning') }} />
        </InLocale>
        <Feedback collection="guides" id={guide.id} locale={locale} />

        <RelatedLinks
          id="related-channels"
          heading={t('relatedChannels')}
          locale={locale}
          items={channels.map((c) => ({
            key: c.id,
            href: publicCollections.channels.path(locale, c.slug),
            source: shownLocaleOf(collectionSlugs.channels, c, locale),
            label: localizedText(c.name, locale),
            detail: localizedText(c.summary, locale),
          }))}
        />
        <RelatedLinks
          id="related-carriers"
          heading={t('relatedCarriers')}
          variant="pills"
          locale={locale}
          items={carriers.map((c) => ({
            key: c.id,
            href: publicCollections.carriers.path(locale, c.slug),
            source: shownLocaleOf(collectionSlugs.carriers, c, locale),
            label: localizedText(c.name, locale),
          }))}
        />
        <RelatedLinks
          id="related-faqs"
          heading={t('relatedFaqs')}
          locale={locale}
          items={faqs.map((f) => ({
            key: f.id,
            href: publicCollections.faqs.path(locale, f.slug),
            source: shownLocaleOf(collectionSlugs.faqs, f, locale),
            label: localizedText(f.question, locale),
          }))}
        />
        <SourceList locale={locale} sources={raw.sources ?? []} />
        <ReportForm collection="guides" id={guide.id} locale={locale} />
      </article>
    </PageFrame>
  )
}
