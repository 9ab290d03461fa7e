import { defineRouting } from 'next-intl/routing'

import { localeCookie } from './localeCookie'
import { defaultLocale, locales } from './locales'

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  localeCookie,
})
