/**
 * The type of a document read with `locale: 'all'`: every localized field is a record by
 * locale, in the document itself, in its groups and arrays, and in the related documents it
 * populates. Payload's generated types describe a read in one locale; which fields are
 * localized comes from the generated map in `./localizedFields`.
 */
import type { Locale } from '@/i18n/locales'
import type { Config } from '@/payload-types'

import type { LocalizedFields } from './localizedFields'

export type LocalizedCollection = keyof LocalizedFields

type Documents = Config['collections']

/** A localized value read in all locales: a locale may be missing or empty. */
export type LocaleMap<V> = Partial<Record<Locale, V>>

declare const readInAllLocales: unique symbol

/**
 * `T` (a collection's document, or the part of it a `select` reads) as read with
 * `locale: 'all'`. `C` is its collection, found from `T` when `T` is a whole document.
 * The brand keeps `T` so `pickLocale` can give it back.
 */
export type AllLocales<T, C extends LocalizedCollection = CollectionOf<T>> = WithShapes<
  T,
  LocalizedFields[C]
> & { readonly [readInAllLocales]?: T }

/** The collection whose document type is exactly `T`. */
type CollectionOf<T> = {
  [C in LocalizedCollection]: [T] extends [Documents[C]]
    ? [Documents[C]] extends [T]
      ? C
      : never
    : never
}[LocalizedCollection]

type WithShapes<T, S> = { [K in keyof T]: K extends keyof S ? Shaped<T[K], S[K]> : T[K] }

type Shaped<V, S> = S extends true
  ? LocaleMap<V>
  : S extends { relationTo: infer C extends LocalizedCollection }
    ? Related<V, C>
    : S extends { fields: infer F }
      ? Nested<V, F>
      : V

/** A relation's value: ids stay ids, populated documents are read in all locales too. */
type Related<V, C extends LocalizedCollection> = V extends readonly (infer E)[]
  ? Related<E, C>[]
  : V extends object
    ? AllLocales<V, C>
    : V

/** A group's or array's value holding localized fields. */
type Nested<V, F> = V extends readonly (infer E)[]
  ? Nested<E, F>[]
  : V extends object
    ? WithShapes<V, F>
    : V
