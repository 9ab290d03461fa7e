/**
 * Facts about the public collections that the Payload config already states, read from it
 * rather than written out again: whether a collection has drafts (`versions.drafts`) and which
 * documents show a document (relationship and upload fields pointing at its collection, found
 * in groups, arrays, rows, collapsibles, tabs and blocks too).
 *
 * Read at request time from `req.payload`, so a relation added to a collection config is
 * followed without touching the hooks.
 */
import type { CollectionConfig, Field, Payload } from 'payload'

import { isPublicCollection, type PublicCollection } from './publicCollections'

/** Whether a collection's `versions` setting gives it drafts (a publish state). */
export const draftsIn = (versions: CollectionConfig['versions']): boolean =>
  typeof versions === 'object' && Boolean(versions.drafts)

/** Whether the collection has drafts, as the running config says. */
export function hasDrafts(payload: Payload, collection: PublicCollection): boolean {
  return draftsIn(payload.collections[collection]?.config.versions)
}

/** A relation field, by the dotted path a `where` uses to reach it. */
export type RelationField = { path: string; relationTo: string | string[]; hasMany: boolean }

/** Every relationship and upload field among `fields`, with its query path. */
export function relationFieldsIn(fields: Field[], prefix = ''): RelationField[] {
  return fields.flatMap((field): RelationField[] => {
    switch (field.type) {
      case 'relationship':
      case 'upload':
        return [
          {
            path: `${prefix}${field.name}`,
            relationTo: field.relationTo,
            hasMany: Boolean(field.hasMany),
          },
        ]
      case 'group':
      case 'array':
        // A named group or array nests its fields under its name; an unnamed group does not.
        return relationFieldsIn(
          field.fields,
          'name' in field && field.name ? `${prefix}${field.name}.` : prefix,
        )
      case 'row':
      case 'collapsible':
        return relationFieldsIn(field.fields, prefix)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          relationFieldsIn(
            tab.fields,
            'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix,
          ),
        )
      case 'blocks':
        return (field.blocks ?? []).flatMap((block) =>
          typeof block === 'object'
            ? relationFieldsIn(block.fields, `${prefix}${field.name}.`)
            : [],
        )
      default:
        return []
    }
  })
}

/** A public collection's field that can point at a document of another one. */
export type Reference = { collection: PublicCollection; path: string; hasMany: boolean }

const referencesByConfig = new WeakMap<object, Map<string, Reference[]>>()

/**
 * The fields of public collections that point at documents of `target` (a public collection, or
 * media): the documents whose pages show it too. Collections readers never see (votes, users)
 * are left out.
 */
export function referencesTo(payload: Payload, target: string): Reference[] {
  let byTarget = referencesByConfig.get(payload.config)
  if (!byTarget) referencesByConfig.set(payload.config, (byTarget = new Map()))
  const known = byTarget.get(target)
  if (known) return known

  const references = payload.config.collections.flatMap(({ slug, fields }) => {
    if (!isPublicCollection(slug)) return []
    return relationFieldsIn(fields).flatMap(({ path, relationTo, hasMany }) => {
      if (Array.isArray(relationTo)) {
        // A polymorphic relation needs a `{ relationTo, value }` condition, which the hooks do
        // not build: refuse loudly rather than miss the pages that show the document.
        if (relationTo.includes(target)) {
          throw new Error(`${slug}.${path}: polymorphic relations are not followed yet`)
        }
        return []
      }
      return relationTo === target ? [{ collection: slug, path, hasMany }] : []
    })
  })
  byTarget.set(target, references)
  return references
}
