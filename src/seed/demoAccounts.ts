import type { Payload } from 'payload'

import { collectionSlugs } from '@/content/constants'
import { env } from '@/env'
import type { User } from '@/payload-types'

export const demoPassword = 'simatlas-demo'

// The translators' admin speaks their language; the editor and the admin choose their own.
export const demoAccounts: Pick<
  User,
  'email' | 'name' | 'role' | 'editableLocales' | 'adminLanguage'
>[] = [
  { email: 'admin@simatlas.test', name: 'Demo admin', role: 'admin', editableLocales: [] },
  { email: 'editor@simatlas.test', name: 'Demo editor', role: 'editor', editableLocales: [] },
  {
    email: 'translator.ru@simatlas.test',
    name: 'Demo translator (ru)',
    role: 'translator',
    editableLocales: ['ru'],
    adminLanguage: 'ru',
  },
  {
    email: 'translator.en@simatlas.test',
    name: 'Demo translator (en)',
    role: 'translator',
    editableLocales: ['en'],
    adminLanguage: 'en',
  },
]

export class DemoAccountsRefused extends Error {}

/**
 * The demo accounts share a published password, so they exist only on development and demo
 * installations: with NODE_ENV=production this refuses.
 */
export async function seedDemoAccounts(payload: Payload): Promise<number> {
  if (env.isProduction()) {
    throw new DemoAccountsRefused(
      'Refusing to create demo accounts (known password) with NODE_ENV=production. Create real accounts in /admin.',
    )
  }
  let created = 0
  for (const account of demoAccounts) {
    const { totalDocs } = await payload.count({
      collection: collectionSlugs.users,
      where: { email: { equals: account.email } },
      overrideAccess: true,
    })
    if (totalDocs > 0) continue
    await payload.create({
      collection: collectionSlugs.users,
      data: { ...account, password: demoPassword },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    created++
  }
  return created
}
