/**
 * Accounts by email, on every auth collection (today: users): admins invite people
 * (POST /api/users/invite, and the form above the users list), and Payload's forgot-password
 * email (/admin/forgot, POST /api/users/forgot-password) is ours: in the user's admin language,
 * its link built from the configured public origin rather than the request's Host header.
 * A plugin, so the users collection file stays about accounts.
 */
import type { CollectionConfig, Plugin } from 'payload'

import { accountEmail, emailLanguage, resetLink } from './accountEmails'
import { inviteEndpoint } from './inviteEndpoint'

function withAccountEmails(collection: CollectionConfig): CollectionConfig {
  const auth = typeof collection.auth === 'object' ? collection.auth : {}
  return {
    ...collection,
    auth: {
      ...auth,
      forgotPassword: {
        ...auth.forgotPassword,
        generateEmailSubject: ({ req, user } = {}) =>
          accountEmail('reset', emailLanguage(user, req!), '').subject,
        generateEmailHTML: ({ req, token, user } = {}) =>
          accountEmail('reset', emailLanguage(user, req!), resetLink(req!, token!)).html,
      },
    },
    endpoints: [inviteEndpoint, ...(collection.endpoints || [])],
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        beforeListTable: [
          '@/accounts/admin/InviteForm.client#InviteForm',
          ...(collection.admin?.components?.beforeListTable ?? []),
        ],
      },
    },
  }
}

export const accountEmails: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.auth ? withAccountEmails(collection) : collection,
  ),
})
