import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { Field } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'
import { collectionSlugs } from '@/content/constants'
import { pageCollections } from '@/content/ownPages'
import { localeInfo, locales } from '@/i18n/locales'

import { normaliseRedirect, refuseLoopsAndChains } from './hooks/checkRedirect'
import { expireRedirectLookups, expireRedirectLookupsOnDelete } from './hooks/expireRedirects'
import { normaliseFrom, normaliseSiteUrl } from './sitePath'

/** A reference leads to the document's page in this locale (empty: the From's locale). */
const localeField: Field = {
  name: 'locale',
  type: 'select',
  options: locales.map((value) => ({ value, label: localeInfo[value].label })),
  admin: { condition: (_, siblingData) => siblingData?.type === 'reference' },
}

const toTypeLabels = {
  reference: { zh: '本站的一个页面', ru: 'Страница сайта', en: 'A page of the site' },
  custom: { zh: '本站的一个路径', ru: 'Путь на сайте', en: 'A path on the site' },
}

/**
 * The admin's inline messages (its form state runs field validation as the editor types):
 * the same rules the hooks enforce on every save (hooks/checkRedirect).
 */
const validFrom = (value: unknown) => {
  const from = normaliseFrom(value)
  return from.ok || from.message
}
const validUrl = (value: unknown, { siblingData }: { siblingData?: { type?: unknown } }) => {
  if (siblingData?.type !== 'custom') return true
  const url = normaliseSiteUrl(value)
  return url.ok || url.message
}

function withOurFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (!('name' in field)) return field
    if (field.name === 'from' && field.type === 'text') return { ...field, validate: validFrom }
    if (field.name === 'to' && field.type === 'group') {
      return {
        ...field,
        fields: field.fields.flatMap((sub): Field[] => {
          if ('name' in sub && sub.name === 'type' && sub.type === 'radio') {
            return [
              {
                ...sub,
                options: sub.options.map((o) => {
                  const value = typeof o === 'string' ? o : o.value
                  return { value, label: toTypeLabels[value as keyof typeof toTypeLabels] }
                }),
              },
            ]
          }
          // Not `required` (the plugin's): a required field in the group makes GraphQL's update
          // input demand the whole group for any change. hooks/checkRedirect requires the one
          // the chosen type needs.
          if ('name' in sub && sub.name === 'reference') {
            return [{ ...sub, required: false } as Field, localeField]
          }
          if ('name' in sub && sub.name === 'url') {
            return [{ ...sub, required: false, validate: validUrl } as Field]
          }
          return [sub]
        }),
      }
    }
    return field
  })
}

/**
 * Payload's redirects plugin: a `redirects` collection editors and admins manage (translators
 * read it, the public nothing: the site looks redirects up as the server,
 * src/lib/queries/redirects.ts). To is a page of a collection with pages of its own, in a
 * chosen locale, or a path on this site; both are checked on the server (hooks/checkRedirect).
 * 308 (permanent) or 307 (temporary): the two a Next page can answer with (`permanentRedirect`,
 * `redirect`); 301/302 would need a proxy rule per redirect.
 */
export const redirects = redirectsPlugin({
  collections: pageCollections,
  redirectTypes: ['308', '307'],
  redirectTypeFieldOverride: { defaultValue: '308' },
  overrides: {
    slug: collectionSlugs.redirects,
    access: { read: isStaff, create: isEditor, update: isEditor, delete: isEditor },
    admin: { useAsTitle: 'from', defaultColumns: ['from', 'to.type', 'type', 'updatedAt'] },
    hooks: {
      beforeValidate: [normaliseRedirect],
      beforeChange: [refuseLoopsAndChains],
      afterChange: [expireRedirectLookups],
      afterDelete: [expireRedirectLookupsOnDelete],
    },
    fields: ({ defaultFields }) => withOurFields(defaultFields),
  },
})
