import type { PayloadRequest } from 'payload'

import { isTranslated, type PublicCollection } from '@/content/publicCollections'
import { locales, type Locale } from '@/i18n/locales'

import { localeContent, sameLocaleContent } from './localeContent'
import { readPublishedAndNewest } from './publishedAndNewest'
import { localeEditFieldName, type LocaleEdit } from './localeEditField'
import { sharedChanges } from './sharedChanges'

/**
 * A public collection with drafts, whose languages are published one by one (which ones have
 * drafts is their `versions` config: `hasDrafts`).
 */
export type DraftedCollection = PublicCollection

/**
 * A locale of a document, for its publish controls:
 * - `published`: readers see this locale's text, and no draft of it waits;
 * - `pending`: published, with a newer draft of this locale waiting (by whom, since when);
 * - `draft`: this locale has text only in a draft, never published (readers get the fallback);
 * - `missing`: no text in this locale at all.
 */
export type LocalePublishState = 'published' | 'pending' | 'draft' | 'missing'

export type Editor = { id: number; name: string | null; email: string }

export type LocaleStatus = {
  locale: Locale
  state: LocalePublishState
  /** Who last changed the text shown by the state (the draft's, or the published one's). */
  by: Editor | null
  at: string | null
}

export type PublishStates = {
  locales: LocaleStatus[]
  /**
   * Shared fields with a change waiting as a draft (dotted names): publishing any one language
   * would put it live, so a translator's publish waits for an editor (a 409 on the server).
   */
  sharedPending: string[]
}

type Doc = Record<string, unknown>

const editOf = (doc: Doc, locale: Locale): LocaleEdit => {
  const all = doc[localeEditFieldName] as Partial<Record<Locale, LocaleEdit | null>> | undefined
  return all?.[locale] ?? {}
}
const userId = (by: LocaleEdit['by']) => (typeof by === 'object' ? by?.id : by) ?? undefined

/**
 * Each locale's publish state, from the published document (its main row) and the newest
 * version, both read in all locales: a locale is pending when the newest version's text in it
 * differs from the published text. Who changed it is the `localeEdit` stamp the server wrote in
 * that locale. `null` when the document does not exist.
 */
export async function localePublishStates(
  req: PayloadRequest,
  collection: DraftedCollection,
  id: number | string,
): Promise<PublishStates | null> {
  const { published, newest } = await readPublishedAndNewest(req, collection, id, 'all')
  if (!published) return null
  const latest = newest ?? published
  const fields = req.payload.collections[collection].config.flattenedFields
  const isPublic = published._status === 'published'

  const states = locales.map((locale) => {
    const live = isPublic && isTranslated(collection, published, locale)
    const drafted = isTranslated(collection, latest, locale)
    const same = sameLocaleContent(
      localeContent(fields, published, locale),
      localeContent(fields, latest, locale),
    )
    const state: LocalePublishState =
      !live && !drafted ? 'missing' : !live ? 'draft' : same ? 'published' : 'pending'
    const edit = editOf(state === 'published' ? published : latest, locale)
    return { locale, state, byId: userId(edit.by), at: edit.at ?? null }
  })

  const ids = [...new Set(states.flatMap((s) => (s.byId === undefined ? [] : [s.byId])))]
  const { docs: users } = ids.length
    ? await req.payload.find({
        collection: 'users',
        where: { id: { in: ids } },
        select: { name: true, email: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const byId = new Map(users.map((u) => [u.id, { id: u.id, name: u.name ?? null, email: u.email }]))
  return {
    locales: states.map(({ byId: who, ...rest }) => ({
      ...rest,
      by: who === undefined ? null : (byId.get(who) ?? null),
    })),
    sharedPending: isPublic ? sharedChanges(fields, latest, published) : [],
  }
}
