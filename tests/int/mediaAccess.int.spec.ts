import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media, User } from '../../src/payload-types'
import { bootPayload, closePayload } from '../support/payload'
import { routeRequests } from '../support/routeRequests'
import { createStaff, signIn } from '../support/staff'

let payload: Payload
let api: Awaited<ReturnType<typeof routeRequests>>
let mediaDir: string
let media: Media
let other: Media
let translator: User
const tokens: Record<'editor' | 'translator', string> = {} as never

const png = (width: number, color: string) =>
  sharp({ create: { width, height: 30, channels: 3, background: color } })
    .png()
    .toBuffer()

/** A multipart body as the admin sends it: the file, and the other fields as `_payload`. */
async function withFile(data: Record<string, unknown>, name = 'replacement.png') {
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(await png(64, '#00f'))], { type: 'image/png' }),
    name,
  )
  form.append('_payload', JSON.stringify(data))
  return form
}

const current = () => payload.findByID({ collection: 'media', id: media.id, locale: 'all' })
const stored = (filename: string) => existsSync(path.join(mediaDir, filename))

beforeAll(async () => {
  mediaDir = mkdtempSync(path.join(tmpdir(), 'simatlas-media-'))
  process.env.MEDIA_DIR = mediaDir
  payload = await bootPayload()
  api = await routeRequests()

  await createStaff(payload, 'admin@simatlas.test', 'admin')
  await createStaff(payload, 'editor@simatlas.test', 'editor')
  translator = await createStaff(payload, 'ru@simatlas.test', 'translator')
  tokens.editor = await signIn('editor@simatlas.test')
  tokens.translator = await signIn('ru@simatlas.test')

  const buffer = await png(40, '#f00')
  media = await payload.create({
    collection: 'media',
    locale: 'zh',
    data: { alt: '红色的图片' },
    file: { data: buffer, mimetype: 'image/png', name: 'shared.png', size: buffer.length },
  })
  other = await payload.create({
    collection: 'media',
    locale: 'zh',
    data: { alt: '另一张图片' },
    file: { data: buffer, mimetype: 'image/png', name: 'other.png', size: buffer.length },
  })
  await payload.update({
    collection: 'media',
    id: media.id,
    locale: 'ru',
    data: { alt: 'Красная' },
  })
})

afterAll(async () => {
  await closePayload(payload)
  rmSync(mediaDir, { recursive: true, force: true })
})

describe('a translator and a shared media file', () => {
  it("only editors replace a file: a translator's multipart PATCH in their own locale is a 403, the old file kept", async () => {
    const answer = await api.send('PATCH', `/media/${media.id}?locale=ru`, {
      form: await withFile({ alt: 'Синяя' }),
      token: tokens.translator,
    })
    expect(answer.status).toBe(403)
    expect(answer.json.errors[0].message).toMatch(
      /only the alt text .* own locales.*replacing the file/,
    )
    const after = await current()
    expect(after.filename).toBe('shared.png')
    expect(after.width).toBe(40)
    expect(stored('shared.png')).toBe(true)
    expect(after.alt).toMatchObject({ ru: 'Красная' })

    // An editor replacing a file (another one, kept for the tests below) still works.
    const byEditor = await api.send('PATCH', `/media/${other.id}?locale=zh`, {
      form: await withFile({}, 'editor.png'),
      token: tokens.editor,
    })
    expect(byEditor.status).toBe(200)
    expect(byEditor.json.doc).toMatchObject({ filename: 'editor.png', width: 64 })
    expect(stored('editor.png')).toBe(true)
  })

  it('cannot replace files in bulk (PATCH /api/media?where=…) or through the Local API', async () => {
    const bulk = await api.send('PATCH', `/media?where[id][equals]=${media.id}&locale=ru`, {
      form: await withFile({}),
      token: tokens.translator,
    })
    expect(bulk.status).toBe(403)

    const buffer = await png(80, '#0f0')
    await expect(
      payload.update({
        collection: 'media',
        id: media.id,
        locale: 'ru',
        data: {},
        file: { data: buffer, mimetype: 'image/png', name: 'local.png', size: buffer.length },
        user: translator,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/replacing the file is for editors/)
    expect((await current()).filename).toBe('shared.png')
    expect(stored('shared.png')).toBe(true)
  })

  it('changes only the alt text: shared upload fields are a 403 naming them; alt in their locale saves', async () => {
    for (const data of [
      { width: 1, height: 1 },
      { focalX: 10, focalY: 90 },
      { mimeType: 'image/svg+xml' },
      { filesize: 1 },
    ]) {
      const answer = await api.send('PATCH', `/media/${media.id}?locale=ru`, {
        json: data,
        token: tokens.translator,
      })
      expect(answer.status, JSON.stringify(data)).toBe(403)
      expect(answer.json.errors[0].message).toContain(`"${Object.keys(data)[0]}"`)
    }
    // Payload itself drops filename, url and sizes from every API caller's data (the file's
    // identity): sending them changes nothing, for translators as for editors.
    const identity = await api.send('PATCH', `/media/${media.id}?locale=ru`, {
      json: { filename: 'renamed.png', url: 'https://evil.example/x.png', sizes: {} },
      token: tokens.translator,
    })
    expect(identity.status).toBe(200)
    expect(identity.json.doc).toMatchObject({
      filename: 'shared.png',
      url: '/api/media/file/shared.png',
    })
    const crop = await api.send(
      'PATCH',
      `/media/${media.id}?locale=ru&uploadEdits[crop][x]=0&uploadEdits[crop][y]=0&uploadEdits[crop][width]=10&uploadEdits[crop][height]=10`,
      { json: { alt: 'Обрезанная' }, token: tokens.translator },
    )
    expect(crop.status).toBe(403)
    const bulk = await api.send('PATCH', `/media?where[id][equals]=${media.id}&locale=ru`, {
      json: { focalX: 1 },
      token: tokens.translator,
    })
    expect(bulk.status).toBe(403)

    const graphql = await api.graphql(
      `mutation { updateMedia(id: ${media.id}, locale: ru, data: { focalX: 1, width: 5 }) { filename } }`,
      { token: tokens.translator },
    )
    expect(graphql.json.errors[0].message).toMatch(/"width", "focalX" are for editors/)

    const after = await current()
    expect(after).toMatchObject({ filename: 'shared.png', width: 40, height: 30, focalX: 50 })
    expect(stored('shared.png')).toBe(true)

    // What they may change saves, also when the admin form sends every field back unchanged.
    const plain = await api.send('PATCH', `/media/${media.id}?locale=ru`, {
      json: { alt: 'Красная картинка' },
      token: tokens.translator,
    })
    expect(plain.status).toBe(200)

    // The admin's edit form sends the whole document back, unchanged fields included.
    const {
      id: _id,
      alt: _alt,
      ...unchanged
    } = await payload.findByID({
      collection: 'media',
      id: media.id,
      locale: 'ru',
      depth: 0,
    })
    const full = await api.send('PATCH', `/media/${media.id}?locale=ru`, {
      form: (() => {
        const form = new FormData()
        form.append('_payload', JSON.stringify({ ...unchanged, alt: 'Красное изображение' }))
        return form
      })(),
      token: tokens.translator,
    })
    expect(full.status).toBe(200)

    const altByGraphql = await api.graphql(
      `mutation { updateMedia(id: ${media.id}, locale: ru, data: { alt: "Красный квадрат" }) { alt } }`,
      { token: tokens.translator },
    )
    expect(altByGraphql.json.data.updateMedia.alt).toBe('Красный квадрат')
    expect((await current()).alt).toEqual({ zh: '红色的图片', ru: 'Красный квадрат' })
  })

  it('may not change other locales (zh, or all at once), duplicate or delete the file', async () => {
    const zh = await api.send('PATCH', `/media/${media.id}?locale=zh`, {
      json: { alt: '改了' },
      token: tokens.translator,
    })
    expect(zh.status).toBe(403)
    const all = await api.send('PATCH', `/media/${media.id}?locale=all`, {
      json: { alt: { zh: '改了', ru: 'Изменено' } },
      token: tokens.translator,
    })
    expect(all.status).toBe(403)
    const duplicate = await api.send('POST', `/media/${media.id}/duplicate?locale=ru`, {
      json: {},
      token: tokens.translator,
    })
    expect(duplicate.status).toBe(403)
    const remove = await api.send('DELETE', `/media/${media.id}`, { token: tokens.translator })
    expect(remove.status).toBe(403)
    const bulkRemove = await api.send('DELETE', `/media?where[id][equals]=${media.id}`, {
      token: tokens.translator,
    })
    expect(bulkRemove.status).toBe(403)
    expect((await current()).alt).toMatchObject({ zh: '红色的图片' })
    expect(stored('shared.png')).toBe(true)
  })
})
