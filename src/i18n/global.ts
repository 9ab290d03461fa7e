/**
 * next-intl's types for this app, as its example app declares them: the locales of the router
 * and the messages of the zh source file, so a key that does not exist (or a locale we do not
 * serve) fails `tsc`. `tests/int/messages.int.spec.ts` checks the other files have the same keys.
 */
import type messages from './messages/zh.json'
import type { routing } from './routing'
// Brings the module into the program so it can be augmented (TS2664 without it).
import type {} from 'next-intl'

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number]
    Messages: typeof messages
  }
}
