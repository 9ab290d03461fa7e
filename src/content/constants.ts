/**
 * The content model's names, in one place: collection slugs and the domain's enumerations.
 * Collections, pages, queries, hooks and the seed import them; no module spells a slug out.
 * A leaf module: it imports nothing.
 */

export const collectionSlugs = {
  guides: 'guides',
  faqs: 'faqs',
  carriers: 'carriers',
  channels: 'channels',
  media: 'media',
  users: 'users',
  votes: 'votes',
  translationStatus: 'translation-status',
  redirects: 'redirects',
  reports: 'reports',
} as const

export type CollectionSlug = (typeof collectionSlugs)[keyof typeof collectionSlugs]

/** What a guide or FAQ is about; the public site groups by it. */
export const topics = ['buying', 'renewal', 'balance', 'expiry', 'troubleshooting'] as const
export type Topic = (typeof topics)[number]

/** The ways a channel renews or tops up a card. */
export const channelKinds = [
  'carrier-website',
  'carrier-app',
  'retail-store',
  'third-party-agent',
  'ussd',
  'payment-terminal',
] as const
export type ChannelKind = (typeof channelKinds)[number]

export const paymentMethods = ['card', 'cash-kzt', 'wechat-pay', 'alipay'] as const
export type PaymentMethod = (typeof paymentMethods)[number]

/** Who runs a channel, and whether we checked it. */
export const channelVerifications = ['official', 'verified', 'unverified'] as const
export type ChannelVerification = (typeof channelVerifications)[number]

/** Yes / no / not verified yet: facts an editor has not confirmed stay `unknown`. */
export const checkedAnswers = ['yes', 'no', 'unknown'] as const
export type CheckedAnswer = (typeof checkedAnswers)[number]

export const carrierStatuses = ['active', 'merged'] as const
export type CarrierStatus = (typeof carrierStatuses)[number]

/**
 * What a sourced fact about a carrier or channel is about. The comparison table and the carrier
 * page group facts by it; a fact of a kind without a source is shown as "not verified yet".
 */
export const factKinds = [
  'operator',
  'ownership',
  'website',
  'app',
  'balanceCheck',
  'packageCheck',
  'tariffCheck',
  'topUp',
  'autoTopUp',
  'zeroBalance',
  'emergencyCredit',
  'askToTopUp',
  'documents',
  'support',
] as const
export type FactKind = (typeof factKinds)[number]

/** What a traveller looks up on every carrier: listed even when no source says it yet. */
export const travellerKinds: readonly FactKind[] = [
  'website',
  'app',
  'balanceCheck',
  'packageCheck',
  'topUp',
  'zeroBalance',
  'emergencyCredit',
  'support',
]

/** The languages a source page may be written in: our locales plus Kazakh. */
export const sourceLanguages = ['zh', 'ru', 'en', 'kk'] as const
export type SourceLanguage = (typeof sourceLanguages)[number]

/** Where a reader's report of an outdated fact stands: editors triage each one. */
export const reportStatuses = ['open', 'fixed', 'dismissed'] as const
export type ReportStatus = (typeof reportStatuses)[number]
