import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'node:url'

import { accountEmails } from '@/accounts/plugin'
import { checkRole } from '@/access/checkRole'
import { refuseForbiddenFieldChangesEverywhere } from '@/access/refuseForbiddenFieldChanges'
import { sourceBesideTarget } from '@/admin/sourceBeside/sourceBesidePlugin'
import { answerDatabaseOutages } from '@/api/answerDatabaseOutages'
import { limitGraphQLQueryCost } from '@/api/graphQLQueryCost'
import { limitGraphQLRootFields } from '@/api/limitGraphQLRootFields'
import { keepClientErrorMessages } from '@/api/keepClientErrorMessages'
import {
  clientErrorLoggingLevels,
  logClientErrorsAsInfo,
  payloadLogger,
} from '@/api/logClientErrors'
import { rejectMalformedQueries } from '@/api/rejectMalformedQueries'
import { withoutEmailVerification } from '@/api/withoutEmailVerification'
import { Carriers } from '@/collections/Carriers'
import { Channels } from '@/collections/Channels'
import { Faqs } from '@/collections/Faqs'
import { Glossary } from '@/collections/Glossary'
import { Guides } from '@/collections/Guides'
import { Media } from '@/collections/Media'
import { Users } from '@/collections/Users'
import { TranslationStatus } from '@/collections/TranslationStatus'
import { Votes } from '@/collections/Votes'
import { Reports } from '@/collections/Reports'
import { feedbackEndpoint } from '@/endpoints/feedback'
import { glossaryPanels } from '@/glossary/plugin'
import { reportsPanels } from '@/reports/plugin'
import { searchEndpoint } from '@/endpoints/search'
import { xliffExportEndpoint, xliffImportEndpoint } from '@/endpoints/xliff'
import { poolTimeouts } from '@/db/poolTimeouts'
import { watchDatabasePool } from '@/db/watchPool'
import { emailAdapter } from '@/email/emailAdapter'
import { env } from '@/env'
import { payloadI18n } from '@/i18n/admin/payloadLanguages'
import { translateAdminLabels } from '@/i18n/admin/labels/translateAdminLabels'
import { payloadLocalization } from '@/i18n/payloadLocalization'
import { publishUnversionedDocuments } from '@/publishing/publishUnversionedDocuments'
import { scheduledPublishing } from '@/publishing/schedule/plugin'
import { ensureSearchIndex } from '@/lib/search/store'
import { migrations } from '@/migrations'
import { livePreview } from '@/preview/livePreview'
import { seedIfEmpty } from '@/seed/seedIfEmpty'
import { seoForPages } from '@/seo/seoPlugin'
import { redirects } from '@/redirects/redirectsPlugin'
import { ensureTranslationStatus } from '@/translation/state/backfill'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.configuredServerUrl(),
  secret: env.payloadSecret(),
  admin: {
    user: Users.slug,
    // Gravatar is unreachable offline and shows a broken image.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · SIM Atlas' },
    // Live Preview of guides, FAQs, carriers and channels through the draft preview route.
    livePreview,
    components: {
      // Signing in, or saving one's Admin language, switches Payload's client strings too.
      providers: ['/components/admin/FollowAccountLanguage.client#FollowAccountLanguage'],
      // The translators' dashboard (src/translation/state/admin) and its summary on the home;
      // XLIFF export and import (src/translation/xliff/admin).
      views: {
        translations: {
          Component: '@/translation/state/admin/TranslationsView#TranslationsView',
          path: '/translations',
        },
        xliff: { Component: '/translation/xliff/admin/XliffView#XliffView', path: '/xliff' },
      },
      beforeDashboard: [
        '@/translation/state/admin/TranslationsSummary#TranslationsSummary',
        // Stale facts: documents verified too long ago or never (src/staleFacts/).
        '@/staleFacts/admin/NeedsCheckingPanel#NeedsCheckingPanel',
      ],
      afterNavLinks: [
        '@/translation/state/admin/NavLink#NavLink',
        '/translation/xliff/admin/XliffNavLink#XliffNavLink',
      ],
    },
  },
  collections: [
    Guides,
    Faqs,
    Carriers,
    Channels,
    Media,
    Users,
    Votes,
    TranslationStatus,
    Glossary,
    Reports,
  ],
  endpoints: [searchEndpoint, feedbackEndpoint, xliffExportEndpoint, xliffImportEndpoint],
  // REST and GraphQL input Postgres cannot take is a 400/404 with a message, never a 500; a
  // change to a field the user may not change is a 403 naming it, not quietly dropped.
  plugins: [
    // Scheduled publish/unpublish for every drafted collection (before the labels, which word
    // its column).
    scheduledPublishing,
    // Before the labels, which give the fields these plugins add their zh/ru/en words.
    seoForPages,
    redirects,
    translateAdminLabels,
    rejectMalformedQueries,
    refuseForbiddenFieldChangesEverywhere,
    withoutEmailVerification,
    // Invitations and password resets by email, in each user's admin language (src/accounts/).
    accountEmails,
    // Editing ru or en, each translatable field shows the zh source beside it.
    sourceBesideTarget,
    // The glossary's hints and terminology warnings beside a translation (src/glossary/).
    glossaryPanels,
    // Open readers' reports in the sidebar of each page's edit view (src/reports/).
    reportsPanels,
  ],
  // A database outage is a 503 with Retry-After; client errors keep their own message and are
  // one info line each, server errors an error with its stack.
  hooks: { afterError: [answerDatabaseOutages, keepClientErrorMessages, logClientErrorsAsInfo] },
  logger: payloadLogger,
  // SMTP when SMTP_HOST is set, else each email (links included) is written to the server log.
  email: emailAdapter(),
  loggingLevels: clientErrorLoggingLevels,
  // The admin in zh, ru or en, as each user chooses (users' adminLanguage), with our words where
  // Payload's do not fit.
  i18n: payloadI18n,
  editor: lexicalEditor(),
  localization: {
    ...payloadLocalization,
    // The admin shows translators only their locales; access rules enforce it on the server.
    filterAvailableLocales: ({ req, locales }) =>
      checkRole(['translator'], req.user)
        ? locales.filter((l) => req.user?.editableLocales?.includes(l.code as never))
        : locales,
  },
  db: postgresAdapter({
    pool: { connectionString: env.databaseUrl(), ...poolTimeouts() },
    push: env.schemaPush(),
    migrationDir: path.resolve(dirname, 'src/migrations'),
    // The production server (and the Docker image, which has no CLI) applies pending
    // migrations when Payload starts.
    prodMigrations: migrations,
  }),
  graphQL: {
    disablePlaygroundInProduction: true,
    // Depth and relationship fan-out, which Payload's additive maxComplexity does not count, and
    // how many queries one operation runs.
    validationRules: (args) => [limitGraphQLQueryCost(args), limitGraphQLRootFields],
  },
  // Busboy stops reading an upload at this size and Payload answers 413.
  upload: { limits: { fileSize: env.maxUploadBytes() } },
  sharp,
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
  onInit: async (payload) => {
    watchDatabasePool(payload)
    // After the production migrations above (Docker has no launcher to do it): index what the
    // search index is missing. A failure leaves search incomplete, not the site down.
    if (env.isProduction()) {
      // Carriers and channels saved before they had drafts were public: published documents.
      await publishUnversionedDocuments(payload).catch((err: unknown) =>
        payload.logger.error({ err, msg: 'Could not publish the documents saved before drafts' }),
      )
      await ensureSearchIndex(payload).catch((err: unknown) =>
        payload.logger.error({ err, msg: 'Could not fill the search index' }),
      )
      await ensureTranslationStatus(payload).catch((err: unknown) =>
        payload.logger.error({ err, msg: 'Could not fill the translation state' }),
      )
    }
    if (env.seedOnInit()) await seedIfEmpty(payload)
  },
})
