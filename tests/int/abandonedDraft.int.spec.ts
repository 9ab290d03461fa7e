import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from '../support/api'
import { createCarrier } from '../support/content'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn } from '../support/staff'

/**
 * `POST /api/{collection}/:id/discard-if-abandoned`, which the edit view sends when an editor
 * leaves a new document without a title: it deletes only a document readers never had with no
 * title in any locale, and only for those who may delete documents.
 */
let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
const tokens: Record<'editor' | 'translator', string> = {} as never

/** A draft as Payload's "Create New" makes it: nothing filled in, as the editor. */
const createdByCreateNew = async (collection: 'faqs' | 'guides' | 'carriers' | 'channels') => {
  const editor = (
    await payload.find({
      collection: 'users',
      where: { email: { equals: 'editor@abandoned.test' } },
    })
  ).docs[0]
  return payload.create({
    collection,
    data: {},
    draft: true,
    locale: 'zh',
    fallbackLocale: false,
    overrideAccess: false,
    user: editor,
  })
}
const exists = async (collection: 'faqs' | 'guides' | 'carriers' | 'channels', id: number) =>
  (
    await payload.find({
      collection,
      where: { id: { equals: id } },
      draft: true,
      overrideAccess: true,
    })
  ).totalDocs === 1
const discard = (collection: string, id: number | string, token?: string) =>
  api.post(`/${collection}/${id}/discard-if-abandoned`, {}, token)

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  await createStaff(payload, 'editor@abandoned.test', 'editor')
  await createStaff(payload, 'ru@abandoned.test', 'translator')
  tokens.editor = await signIn('editor@abandoned.test')
  tokens.translator = await signIn('ru@abandoned.test')
})
afterAll(async () => {
  await closePayload(payload)
})

describe('discarding an abandoned new document', () => {
  it.each(['faqs', 'guides', 'carriers', 'channels'] as const)(
    'deletes a %s draft with nothing filled in, for an editor',
    async (collection) => {
      const { id } = await createdByCreateNew(collection)
      expect(await exists(collection, id)).toBe(true)
      const { status, json } = await discard(collection, id, tokens.editor)
      expect(status, JSON.stringify(json)).toBe(200)
      expect(json).toEqual({ id, discarded: true })
      expect(await exists(collection, id)).toBe(false)
    },
  )

  it('keeps a draft with a title in any locale, and one with only other fields filled is discarded', async () => {
    const { id } = await createdByCreateNew('faqs')
    await payload.update({
      collection: 'faqs',
      id,
      locale: 'ru',
      draft: true,
      data: { question: 'Только по-русски' },
      overrideAccess: true,
    })
    expect((await discard('faqs', id, tokens.editor)).json).toEqual({ id, discarded: false })
    expect(await exists('faqs', id)).toBe(true)

    const other = await createdByCreateNew('faqs')
    await payload.update({
      collection: 'faqs',
      id: other.id,
      locale: 'zh',
      draft: true,
      data: { order: 7 },
      overrideAccess: true,
    })
    expect((await discard('faqs', other.id, tokens.editor)).json).toEqual({
      id: other.id,
      discarded: true,
    })
  })

  it('never touches a published document', async () => {
    const carrier = await createCarrier(payload, { name: '已发布', slug: 'yi-fa-bu' })
    expect((await discard('carriers', carrier.id, tokens.editor)).json).toEqual({
      id: carrier.id,
      discarded: false,
    })
    expect(await exists('carriers', carrier.id)).toBe(true)
  })

  it('is refused to anonymous callers (401) and translators (403), a bad id is a 400, an unknown one a 404', async () => {
    const { id } = await createdByCreateNew('faqs')
    expect((await discard('faqs', id)).status).toBe(401)
    expect((await discard('faqs', id, tokens.translator)).status).toBe(403)
    expect(await exists('faqs', id)).toBe(true)
    expect((await discard('faqs', 'abc', tokens.editor)).status).toBe(400)
    expect((await discard('faqs', 999999, tokens.editor)).status).toBe(404)
  })
})
