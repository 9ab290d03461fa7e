import type { Payload } from 'payload'

import { collectionSlugs } from '@/content/constants'
import type { User } from '@/payload-types'

export const demoPassword = 'simatlas-demo'

export const demoAccounts: Pick<User, 'email' | 'name' | 'role' | 'editableLocales'>[] = [
  { email: 'admin@simatlas.test', name: 'Demo admin', role: 'admin', editableLocales: [] },
  { email: 'editor@simatlas.test', name: 'Demo editor', role: 'editor', editableLocales: [] },
  {
    email: 'translator.ru@simatlas.test',
    name: 'Demo translator (ru)',
    role: 'translator',
    editableLocales: ['ru'],
  },
  {
    email: 'translator.en@simatlas.test',
    name: 'Demo translator (en)',
    role: 'translator',
    editableLocales: ['en'],
  },
]

export class DemoAccountsRefused extends Error {}

/**
 * The demo accounts share a published password, so they exist only on development and demo
 * installations: with NODE_ENV=production this refuses.
 */
export async function seedDemoAccounts(payload: Payload): Promise<number> {
  if (process.env.NODE_ENV === 'production') {
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
