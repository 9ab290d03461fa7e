import type { Access, CollectionConfig } from 'payload'

import { checkRole } from '@/access/checkRole'
import { answerMeDuringOutages, jwtNotingOutagesStrategy } from '@/api/signInDuringOutages'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { roles } from '@/access/roles'
import { collectionSlugs } from '@/content/constants'
import { translatorNeedsALocale } from '@/fields/translatorNeedsALocale'
import { env } from '@/env'
import { adminLanguageNames, adminLanguages } from '@/i18n/admin/languages'
import { localeInfo, locales } from '@/i18n/locales'

import { checkAccountBeforeSignIn } from './hooks/checkAccountBeforeSignIn'
import { keepOneAdmin } from './hooks/keepOneAdmin'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { requireStrongPasswords } from './hooks/requireStrongPasswords'
import { releaseSignInAttempt, throttleSignIns } from './hooks/throttleSignIns'

/** Admins see and change every account; everyone else only their own. */
const adminOrSelf: Access = ({ req }) => {
  if (checkRole(['admin'], req.user)) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

export const Users: CollectionConfig = {
  slug: collectionSlugs.users,
  auth: {
    // Payload's defaults (5 wrong passwords lock an account for 10 minutes), spelled out because
    // the README and the locked-account message promise them.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: { secure: env.secureCookies(), sameSite: 'Lax' },
    // Payload's JWT strategy, telling a database outage from "not signed in".
    strategies: [jwtNotingOutagesStrategy],
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'role', 'editableLocales'],
  },
  access: {
    admin: isStaff,
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    // Payload's default lets any signed-in user unlock any account, which makes the lock useless.
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [
      throttleSignIns,
      checkAccountBeforeSignIn,
      requireStrongPasswords,
      keepOneAdmin,
    ],
    beforeChange: [makeFirstUserAdmin],
    afterLogin: [releaseSignInAttempt],
    afterMe: [answerMeDuringOutages],
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      // No default: whoever creates an account chooses its role (the first account is made admin).
      required: true,
      saveToJWT: true,
      options: roles.map((value) => ({ value, label: value[0].toUpperCase() + value.slice(1) })),
      access: { create: isAdminField, update: isAdminField },
    },
    {
      // Not named `locales`: Payload's Postgres adapter then names its table users_locales, the
      // name it reserves for localized fields, and every query on users fails.
      name: 'editableLocales',
      label: 'Locales',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      options: locales.map((value) => ({ value, label: localeInfo[value].label })),
      validate: translatorNeedsALocale,
      admin: {
        description: 'For translators: the only locales this person may edit.',
        condition: (data) => data?.role === 'translator',
      },
      access: { create: isAdminField, update: isAdminField },
    },
    {
      // In the JWT so the proxy can set Payload's language cookie from it on every device
      // (src/i18n/admin/followAdminLanguage.ts). Whoever may update the account sets it: the
      // user themselves, or an admin.
      name: 'adminLanguage',
      type: 'select',
      saveToJWT: true,
      options: adminLanguages.map((value) => ({ value, label: adminLanguageNames[value] })),
    },
  ],
}
