import type { GroupField, TextField } from 'payload'

import { isSourceUrl } from './source'

/** The stores a carrier's official app is linked from, each with the one host it lives on. */
export const appStores = {
  appStore: { host: 'apps.apple.com', label: 'App Store' },
  googlePlay: { host: 'play.google.com', label: 'Google Play' },
} as const

export type AppStore = keyof typeof appStores

/** An https address on the store's own host (no look-alike host, no user@host trick). */
export function isAppStoreUrl(store: AppStore, url: unknown): url is string {
  if (!isSourceUrl(url)) return false
  try {
    const parsed = new URL(url)
    return parsed.hostname === appStores[store].host && !parsed.username && !parsed.password
  } catch {
    return false
  }
}

const storeField = (store: AppStore): TextField => ({
  name: store,
  type: 'text',
  label: appStores[store].label,
  validate: (value: unknown) =>
    value === null ||
    value === undefined ||
    value === '' ||
    isAppStoreUrl(store, value) ||
    `An https://${appStores[store].host}/… address.`,
})

/**
 * A carrier's official app in the stores: the store pages' addresses, shared by every locale.
 * The page is its own evidence (the store names the publisher), so it needs no separate source;
 * empty until an editor has opened it — the seed states none.
 */
export function appStoreLinksField(overrides: Partial<GroupField> = {}): GroupField {
  return {
    name: 'appLinks',
    type: 'group',
    admin: { description: 'The official app’s store pages. Empty: not shown.' },
    fields: [storeField('appStore'), storeField('googlePlay')],
    ...overrides,
  } as GroupField
}
