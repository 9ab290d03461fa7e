import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { doc, p } from '../support/lexical'
import { createCarrier, createGuide } from '../support/content'
import { bootPayload, closePayload } from '../support/payload'

const body = doc(p('正文'))

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await closePayload(payload)
})

describe('localized content', () => {
  it('stores each locale separately and falls back to the zh source where a translation is missing', async () => {
    const carrier = await createCarrier(payload, {
      name: '测试运营商',
      slug: 'test-carrier',
      description: '中文描述',
    })
    await payload.update({
      collection: 'carriers',
      id: carrier.id,
      locale: 'ru',
      data: { name: 'Тестовый оператор' },
    })

    const ru = await payload.findByID({ collection: 'carriers', id: carrier.id, locale: 'ru' })
    const en = await payload.findByID({ collection: 'carriers', id: carrier.id, locale: 'en' })
    const zh = await payload.findByID({ collection: 'carriers', id: carrier.id, locale: 'zh' })

    expect(ru.name).toBe('Тестовый оператор')
    expect(ru.description).toBe('中文描述') // untranslated field falls back to zh
    expect(en.name).toBe('测试运营商') // untranslated locale falls back to zh
    expect(zh.name).toBe('测试运营商')
    // Shared facts are one value for every locale.
    expect([ru.slug, en.slug]).toEqual(['test-carrier', 'test-carrier'])
  })

  it('matches a localized value only in its own locale, and count agrees with find', async () => {
    const guide = await createGuide(payload, {
      title: '源标题',
      slug: 'yuan-biaoti',
      body,
      _status: 'published',
    })
    await payload.update({
      collection: 'guides',
      id: guide.id,
      locale: 'en',
      data: {
        title: 'Source title',
        slug: 'source-title',
        body: doc(p('Body')),
        _status: 'published',
      },
    })

    const where = { title: { equals: 'Source title' } }
    const inEn = await payload.find({ collection: 'guides', locale: 'en', where })
    const inRu = await payload.find({ collection: 'guides', locale: 'ru', where })
    const countEn = await payload.count({ collection: 'guides', locale: 'en', where })

    expect(inEn.docs.map((d) => d.id)).toEqual([guide.id])
    expect(inRu.totalDocs).toBe(0)
    expect(countEn.totalDocs).toBe(inEn.totalDocs)
    // Slugs are per locale: the en slug finds the guide in en only.
    const bySlug = await payload.find({
      collection: 'guides',
      locale: 'en',
      where: { slug: { equals: 'source-title' } },
    })
    expect(bySlug.docs[0]?.title).toBe('Source title')
  })

  it('rejects a second guide with the same slug in the same locale', async () => {
    await payload.create({
      collection: 'guides',
      locale: 'zh',
      data: { title: 'A', slug: 'same-slug', topic: 'buying', country: 'KZ', body },
    })
    await expect(
      payload.create({
        collection: 'guides',
        locale: 'zh',
        data: { title: 'B', slug: 'same-slug', topic: 'buying', country: 'KZ', body },
      }),
    ).rejects.toThrow(/slug/i)
  })
})
