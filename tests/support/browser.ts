import { chromium, type Browser } from 'playwright-core'

import { env } from '../../src/env'

/**
 * Debian's Chromium, driven by playwright-core (no browser download). The flags keep it from
 * reaching for the network, which this machine does not have.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: env.chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}
