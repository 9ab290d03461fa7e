import type { Payload, TypedUser } from 'payload'
import { cache } from 'react'

import { defaultLocale } from '@/i18n/locales'
import { publicCollections, type PublicCollection } from '@/content/publicCollections'

import { adminUser } from './adminUser'

type Id = number | string

/**
 * The zh (source) titles of documents, for the admin's list cells: every cell of one render asks
 * in the same tick, and one query answers them all (not one per row), read as the signed-in user;
 * drafts included, as the admin's lists show them.
 */
export const sourceTitleOf = cache((payload: Payload, collection: PublicCollection) =>
  sourceTitles(payload, collection, () => adminUser(payload)),
)

/** `sourceTitleOf` for the user `user()` names (tests call it without a request). */
export function sourceTitles(
  payload: Payload,
  collection: PublicCollection,
  user: () => Promise<TypedUser | null>,
) {
  let batch: Map<Id, ((title: string | undefined) => void)[]> | undefined
  const { titleField } = publicCollections[collection]

  async function flush(ids: Map<Id, ((title: string | undefined) => void)[]>) {
    const titles = new Map<string, string | undefined>()
    try {
      const { docs } = await payload.find({
        collection,
        where: { id: { in: [...ids.keys()] } },
        locale: defaultLocale,
        fallbackLocale: false,
        draft: true,
        depth: 0,
        limit: ids.size,
        pagination: false,
        select: { [titleField]: true },
        user: await user(),
        overrideAccess: false,
      })
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        const title = doc[titleField]
        titles.set(String(doc.id), typeof title === 'string' && title ? title : undefined)
      }
    } catch (err) {
      // A cell without its source title shows Payload's "<No …>"; the list itself still works.
      payload.logger.error({ err, msg: `Could not read the zh titles of ${collection}` })
    } finally {
      for (const [id, waiting] of ids) for (const done of waiting) done(titles.get(String(id)))
    }
  }

  return (id: Id) =>
    new Promise<string | undefined>((resolve) => {
      if (!batch) {
        const ids = (batch = new Map())
        setTimeout(() => {
          batch = undefined
          void flush(ids)
        }, 0)
      }
      batch.set(id, [...(batch.get(id) ?? []), resolve])
    })
}
