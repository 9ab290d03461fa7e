import { getTranslations } from 'next-intl/server'
import { Fragment } from 'react'

import type { FactKind } from '@/content/constants'
import { isCompleteSource, type Source } from '@/content/sources'
import type { Locale } from '@/i18n/locales'
import { localizedText } from '@/lib/pickLocale'

import { InLocale } from './InLocale'
import { SourceLine } from './SourceLine'

/** A fact as read with `locale: 'all'`: its text a locale map, kind and source shared. */
export type RawFact = { id?: string | null; kind: FactKind; text?: unknown; source?: Source | null }

/** The facts of the given kinds, in their order. */
export const factsOf = (facts: RawFact[] | null | undefined, kinds: readonly FactKind[]) =>
  (facts ?? []).filter((fact) => kinds.includes(fact.kind))

type Props = {
  locale: Locale
  facts: RawFact[]
  /** Mark text shown from another locale (false where the page's notice already says so). */
  mark?: boolean
}

/**
 * Sourced facts, each our sentence with its source line under it. A fact whose source is not
 * complete is not a fact yet: it shows "not verified yet", never its text. No facts at all is
 * "not verified yet" too.
 */
export async function FactList({ locale, facts, mark = true }: Props) {
  const t = await getTranslations({ locale, namespace: 'facts' })
  if (facts.length === 0) return <span className="muted">{t('notVerified')}</span>
  return (
    <ul className="plain fact-list">
      {facts.map((fact, i) => {
        if (!isCompleteSource(fact.source))
          return (
            <li key={fact.id ?? i} className="muted" data-fact={fact.kind}>
              {t('notVerified')}
            </li>
          )
        const text = localizedText(fact.text, locale)
        return (
          <InLocale
            as="li"
            key={fact.id ?? i}
            locale={locale}
            mark={mark}
            source={text.source}
            data-fact={fact.kind}
          >
            {text.text} <SourceLine locale={locale} source={fact.source} />
          </InLocale>
        )
      })}
    </ul>
  )
}

/**
 * One `<dt>`/`<dd>` pair per kind, inside a page's facts `<dl>`: the kind's label and its facts,
 * each with its source line (carrier and channel pages).
 */
export async function FactRows({
  locale,
  facts,
  kinds,
  mark = true,
}: Props & { kinds: readonly FactKind[] }) {
  const t = await getTranslations({ locale, namespace: 'facts' })
  return kinds.map((kind) => (
    <Fragment key={kind}>
      <dt>{t(`kind.${kind}`)}</dt>
      <dd>
        <FactList locale={locale} facts={factsOf(facts, [kind])} mark={mark} />
      </dd>
    </Fragment>
  ))
}
