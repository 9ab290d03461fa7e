import type { Field, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { CalloutBlock, StepsBlock } from '../../src/fields/richText'
import { adminLanguageOfSession } from '../../src/i18n/admin/followAdminLanguage'
import { labelBlock } from '../../src/i18n/admin/labels/translateAdminLabels'
import { sourceTitles } from '../../src/lib/queries/sourceTitles'
import { apiClient } from '../support/api'
import { createGuide } from '../support/content'
import { bootPayload, closePayload } from '../support/payload'
import { createStaff, signIn } from '../support/staff'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
const users = {} as Record<'admin' | 'editor' | 'ru' | 'en', User>
const tokens = {} as Record<keyof typeof users, string>

beforeAll(async () => {
  payload = await bootPayload()
  api = await apiClient()
  users.admin = await createStaff(payload, 'lang-admin@simatlas.test', 'admin')
  users.editor = await createStaff(payload, 'lang-editor@simatlas.test', 'editor')
  users.ru = await createStaff(payload, 'lang-ru@simatlas.test', 'translator', {
    adminLanguage: 'ru',
  })
  users.en = await createStaff(payload, 'lang-en@simatlas.test', 'translator', {
    editableLocales: ['en'],
  })
  for (const key of Object.keys(users) as (keyof typeof users)[]) {
    tokens[key] = await signIn(users[key].email)
  }
}, 120_000)

afterAll(async () => {
  await closePayload(payload)
})

const languageOf = async (user: User) =>
  (await payload.findByID({ collection: 'users', id: user.id, depth: 0 })).adminLanguage

describe('the admin languages', () => {
  it('are zh, ru and en, falling back to English, with our locked-account words in each', () => {
    const { i18n } = payload.config
    expect(Object.keys(i18n.supportedLanguages).sort()).toEqual(['en', 'ru', 'zh'])
    expect(i18n.fallbackLanguage).toBe('en')
    const locked = (['zh', 'ru', 'en'] as const).map(
      (language) =>
        (i18n.translations as Record<string, { error?: { userLocked?: string } }>)[language]?.error
          ?.userLocked,
    )
    expect(locked[2]).toMatch(/^This account is locked after too many failed sign-in attempts/)
    expect(locked[1]).toMatch(/^Учётная запись заблокирована/)
    expect(locked[0]).toMatch(/^登录失败次数过多/)
  })
})

describe("a user's admin language", () => {
  it('is saved in the session token, which is what the proxy reads', async () => {
    expect(adminLanguageOfSession(tokens.ru)).toBe('ru')
    expect(adminLanguageOfSession(tokens.en)).toBeUndefined()
    expect(adminLanguageOfSession('not-a-token')).toBeUndefined()
    expect(adminLanguageOfSession(undefined)).toBeUndefined()
  })

  it('is set by the user themselves, on REST and GraphQL', async () => {
    const rest = await api.patch(`/users/${users.en.id}`, { adminLanguage: 'zh' }, tokens.en)
    expect(rest.status).toBe(200)
    expect(await languageOf(users.en)).toBe('zh')
    // A sign-in after the change carries the new language to every device.
    expect(adminLanguageOfSession(await signIn(users.en.email))).toBe('zh')

    const graphql = await api.graphql(
      `mutation { updateUser(id: ${users.en.id}, data: { adminLanguage: en }) { adminLanguage } }`,
      tokens.en,
    )
    expect(graphql.json.errors).toBeUndefined()
    expect(await languageOf(users.en)).toBe('en')
  })

  it("is not set by a translator or an editor for someone else; an admin sets anyone's", async () => {
    for (const token of [tokens.ru, tokens.editor]) {
      const rest = await api.patch(`/users/${users.en.id}`, { adminLanguage: 'ru' }, token)
      expect(rest.status).toBeGreaterThanOrEqual(400)
      expect(rest.status).toBeLessThan(500)
      const graphql = await api.graphql(
        `mutation { updateUser(id: ${users.en.id}, data: { adminLanguage: ru }) { id } }`,
        token,
      )
      expect(graphql.json.errors?.length).toBeGreaterThan(0)
    }
    await expect(
      payload.update({
        collection: 'users',
        id: users.en.id,
        data: { adminLanguage: 'ru' },
        user: users.ru,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const anonymous = await api.patch(`/users/${users.en.id}`, { adminLanguage: 'ru' })
    expect(anonymous.status).toBe(403)
    expect(await languageOf(users.en)).toBe('en')

    const byAdmin = await api.patch(`/users/${users.en.id}`, { adminLanguage: 'ru' }, tokens.admin)
    expect(byAdmin.status).toBe(200)
    expect(await languageOf(users.en)).toBe('ru')
  })

  it('is one of zh, ru and en: anything else is a 400', async () => {
    const bad = await api.patch(`/users/${users.ru.id}`, { adminLanguage: 'de' }, tokens.ru)
    expect(bad.status).toBe(400)
    expect(await languageOf(users.ru)).toBe('ru')
  })
})

describe('the refusals a translator meets', () => {
  const patchGuide = (id: number, headers: Record<string, string>) =>
    api.rest(
      new Request(`http://localhost/api/guides/${id}?locale=ru&draft=true`, {
        method: 'PATCH',
        headers: {
          'content-type': 'application/json',
          authorization: `JWT ${tokens.ru}`,
          ...headers,
        },
        body: JSON.stringify({ topic: 'buying' }),
      }),
    )

  it("speak the admin's language (its cookie), else Accept-Language, else English", async () => {
    const guide = await createGuide(payload, { title: '语言测试', slug: 'admin-language-refusal' })
    const messageOf = async (headers: Record<string, string>) => {
      const response = await patchGuide(guide.id, headers)
      expect(response.status).toBe(403)
      return ((await response.json()) as { errors: { message: string }[] }).errors[0].message
    }
    expect(await messageOf({})).toBe('You may not change "topic"; nothing was saved.')
    expect(await messageOf({ cookie: 'payload-lng=ru' })).toBe(
      'Вам нельзя изменять "topic"; ничего не сохранено.',
    )
    expect(await messageOf({ 'accept-language': 'zh-CN,zh;q=0.9' })).toBe(
      '您无权修改 "topic"；未保存任何内容。',
    )
  })
})

describe("the admin's labels", () => {
  const languages = ['zh', 'ru', 'en']
  // Payload's own fields (auth) label themselves with its translations, `({ t }) => …`.
  const isComplete = (text: unknown) =>
    typeof text === 'function' ||
    (typeof text === 'object' &&
      text !== null &&
      languages.every((l) => typeof (text as Record<string, unknown>)[l] === 'string') &&
      new Set(languages.map((l) => (text as Record<string, string>)[l])).size > 1)

  /** Option sets that are language names, each in itself, the same in every admin language. */
  const languageNames = new Set(['language', 'supportLanguages', 'editableLocales', 'locale'])
  const adminLanguageField = 'adminLanguage'

  /** Every label, description and option label the admin shows that is not in zh, ru and en. */
  function untranslated(fields: Field[], prefix: string, found: string[]) {
    for (const field of fields) {
      const named = 'name' in field && field.name && !field.name.startsWith('_')
      const path = named ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
      // What the admin never shows: hidden fields, and Payload's disabled ones (auth sessions).
      const admin = field.admin as { hidden?: boolean; disabled?: boolean } | undefined
      if ((field as { hidden?: boolean }).hidden || admin?.disabled) continue
      const hidden = admin?.hidden
      // A glossary's zh/ru/en groups are named by the language itself, the same in every admin.
      const namedForALanguage = named && languages.includes(field.name as never)
      if (named && !hidden && field.type !== 'ui') {
        if (!namedForALanguage && !isComplete('label' in field ? field.label : undefined))
          found.push(`${path}: label`)
        // An array's "Add …" button names one row.
        if (field.type === 'array' && !isComplete(field.labels?.singular)) {
          found.push(`${path}: row`)
        }
        const description = field.admin && 'description' in field.admin && field.admin.description
        if (description && !isComplete(description)) found.push(`${path}: description`)
        const last = path.split('.').at(-1) ?? ''
        if ('options' in field && !languageNames.has(last) && last !== adminLanguageField) {
          for (const option of field.options) {
            const label = typeof option === 'string' ? option : option.label
            if (!isComplete(label)) found.push(`${path}: option ${JSON.stringify(option)}`)
          }
        }
      }
      if ('fields' in field) untranslated(field.fields, named ? `${path}.` : prefix, found)
    }
    return found
  }

  it('name every collection and field in zh, ru and en', () => {
    const missing: string[] = []
    for (const slug of [
      'guides',
      'faqs',
      'carriers',
      'channels',
      'media',
      'users',
      'votes',
      'translation-status',
      'glossary',
      'reports',
    ]) {
      const { config } = payload.collections[slug as 'guides']
      if (!isComplete(config.labels.singular)) missing.push(`${slug}: singular`)
      if (!isComplete(config.labels.plural)) missing.push(`${slug}: plural`)
      const fields = config.fields.filter((f) => !('name' in f) || !['id'].includes(f.name))
      untranslated(fields, `${slug}.`, missing)
    }
    expect(missing).toEqual([])
  })

  it("name the rich text's blocks (steps, callouts), their fields and options in zh, ru and en", () => {
    const missing: string[] = []
    for (const block of [StepsBlock, CalloutBlock].map(labelBlock)) {
      if (!isComplete((block.labels as { singular?: unknown })?.singular)) missing.push(block.slug)
      untranslated(block.fields, `${block.slug}.`, missing)
    }
    expect(missing).toEqual([])
  })
})

describe("the list cells' zh titles", () => {
  it('answer every row of a render from one query, as the user may read them', async () => {
    const a = await createGuide(payload, {
      title: '第一篇',
      slug: 'list-title-a',
      _status: 'published',
    })
    const b = await payload.create({
      collection: 'guides',
      locale: 'zh',
      draft: true,
      data: { title: '草稿标题', slug: 'list-title-b', _status: 'draft' } as never,
    })
    const asTranslator = sourceTitles(payload, 'guides', async () => ({
      ...users.ru,
      collection: 'users' as const,
    }))
    expect(
      await Promise.all([asTranslator(a.id), asTranslator(b.id), asTranslator(999_999)]),
    ).toEqual(['第一篇', '草稿标题', undefined])
    // Read with the user's access: without one, a draft is not there.
    const anonymous = sourceTitles(payload, 'guides', async () => null)
    expect(await Promise.all([anonymous(a.id), anonymous(b.id)])).toEqual(['第一篇', undefined])
  })
})
