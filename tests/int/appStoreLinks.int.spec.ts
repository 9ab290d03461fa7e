import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isAppStoreUrl } from '../../src/fields/appStoreLinks'
import { createCarrier } from '../support/content'
import { bootPayload, closePayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

describe("a carrier's app store links", () => {
  it('takes only https addresses on the store’s own host', () => {
    expect(isAppStoreUrl('appStore', 'https://apps.apple.com/kz/app/x/id1')).toBe(true)
    expect(isAppStoreUrl('googlePlay', 'https://play.google.com/store/apps/details?id=x')).toBe(
      true,
    )
    for (const bad of [
      'http://apps.apple.com/kz/app/x/id1',
      'https://apps.apple.com.evil.example/x',
      'https://apps.apple.com@evil.example/x',
      'https://evil.example/apps.apple.com',
      '//apps.apple.com/x',
      'javascript:alert(1)',
      'https://apps.apple.com/ x',
      'https://play.google.com/store',
    ]) {
      expect(isAppStoreUrl('appStore', bad), bad).toBe(false)
    }
  })

  it('refuses a save with another address (400 with a message), keeps a good one', async () => {
    await expect(
      createCarrier(payload, {
        name: '假应用',
        slug: 'fake-app',
        appLinks: { appStore: 'https://apps.apple.com.evil.example/app' },
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/App Store/) })
    const carrier = await createCarrier(payload, {
      name: '真应用',
      slug: 'real-app',
      appLinks: { googlePlay: 'https://play.google.com/store/apps/details?id=example' },
    })
    expect(carrier.appLinks).toEqual({
      appStore: null,
      googlePlay: 'https://play.google.com/store/apps/details?id=example',
    })
    await expect(
      payload.update({
        collection: 'carriers',
        id: carrier.id,
        data: { appLinks: { googlePlay: 'javascript:alert(1)' } },
      }),
    ).rejects.toMatchObject({ status: 400 })
  })
})
