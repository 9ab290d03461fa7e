import type { ArrayField, DateField } from 'payload'

import { factKinds } from '@/content/constants'
import { factsVerifiedOnName } from '@/content/factsStaleness'

import { sourceField } from './source'

const kindLabels: Record<(typeof factKinds)[number], string> = {
  operator: 'Operator / brands',
  ownership: 'Ownership',
  website: 'Official website',
  app: 'Official app',
  balanceCheck: 'Check the balance',
  packageCheck: 'Check what is left of a package',
  tariffCheck: 'Check the tariff',
  topUp: 'Ways to top up',
  autoTopUp: 'Auto top-up',
  zeroBalance: 'At zero balance',
  emergencyCredit: 'Credit when the balance is empty',
  askToTopUp: 'Ask someone to top you up / call you',
  documents: 'Documents needed',
  support: 'Support contacts',
}

/**
 * A document's sourced facts: each a kind (shared), our own sentence in each language (localized),
 * and where it comes from (shared). The rows are shared by every locale, so a fact is the same
 * fact in zh, ru and en, with its text translated. A row whose source is incomplete is shown as
 * "not verified yet", never as a fact.
 */
export function factsField(overrides: Partial<ArrayField> = {}): ArrayField {
  return {
    name: 'facts',
    type: 'array',
    admin: {
      description:
        'Each fact with its source (address, title, language, date checked). Without a complete source the site shows "not verified yet".',
      initCollapsed: true,
    },
    fields: [
      {
        name: 'kind',
        type: 'select',
        required: true,
        options: factKinds.map((value) => ({ value, label: kindLabels[value] })),
      },
      // Not required: a translator saving their locale before translating a new fact would be
      // refused (a localized required field in a shared row); the zh text shows, marked, meanwhile.
      { name: 'text', type: 'textarea', localized: true },
      sourceField(),
    ],
    ...overrides,
  } as ArrayField
}

/** "Facts verified on": derived, the oldest check of the document's sources (never typed in). */
export function factsVerifiedOnField(overrides: Partial<DateField> = {}): DateField {
  return {
    name: factsVerifiedOnName,
    type: 'date',
    // Lists sort and filter on it: "needs checking", oldest first.
    index: true,
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayOnly' },
      description: 'The oldest "checked on" of the sources below, set on save.',
      // The list column marks stale facts (past SIMATLAS_FACTS_STALE_AFTER_DAYS, or none) with their age.
      components: { Cell: '@/staleFacts/admin/FactsAgeCell#FactsAgeCell' },
    },
    ...overrides,
  } as DateField
}
