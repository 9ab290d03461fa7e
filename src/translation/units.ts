/**
 * What a translator translates, in one place: a document's text split into translation units —
 * a text field, a list item, a fact's text, and, in rich text, each block (paragraph, heading,
 * quote, list item, step, callout). The translation state, the source-beside-target view and
 * XLIFF all read units from here, so "the third paragraph of the body" is one key everywhere.
 *
 * Which fields hold units is read from the collection's fields (`localized` text, textarea and
 * rich text; localized lists of texts; localized texts inside shared lists and groups). Slugs are
 * not units: they are derived from the title and checked, not translated.
 *
 * A leaf module: it reads plain JSON (a document in one locale) and the field config.
 */
import { createHash } from 'node:crypto'

import type { Field } from 'payload'

import { plainText, type LexicalNode } from '@/lib/richText/plainText'

export type UnitKind =
  'text' | 'item' | 'paragraph' | 'heading' | 'quote' | 'listitem' | 'step' | 'callout'

export type TranslationUnit = {
  /**
   * Stable within a document: `title`, `meta.description`, `facts.<rowId>.text`, `steps#2`
   * (a list's third item), `body#4` (the body's fifth block, in reading order).
   */
  key: string
  /** The field's dotted path (`body`, `meta.title`, `facts.<rowId>.text`, `steps`). */
  field: string
  /** The position among the field's blocks or items; absent for a plain text field. */
  index?: number
  kind: UnitKind
  /** The unit's plain text (inline formatting dropped, line breaks as "\n"). */
  text: string
  /** Fingerprint of what a translation follows: the text, plus link addresses in rich text. */
  hash: string
  /**
   * Where the unit's value lives in the document, for writing a translation back: property
   * names and array indexes from the document's top. For a rich-text paragraph, heading, quote
   * or list item it ends at the Lexical node (its `children` are the inline content); for a step
   * or callout at the block's text string.
   */
  path: (string | number)[]
  /** Rich-text units whose node has inline children (paragraph, heading, quote, list item). */
  node?: LexicalNode
}

const excludedFields = new Set(['slug'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Collapsed whitespace, NFC: a re-typed space or a Unicode variant is not a change. */
export const normalizeText = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim()

/** A short, stable fingerprint of a unit's meaning (text and link targets). */
export function fingerprint(text: string, links: string[] = []): string {
  return createHash('sha256')
    .update([normalizeText(text), ...links].join('\u0000'))
    .digest('hex')
    .slice(0, 16)
}

function linkUrls(node: LexicalNode): string[] {
  const own =
    (node.type === 'link' || node.type === 'autolink') && isObject(node.fields)
      ? [String(node.fields.url ?? node.fields.doc ?? '')]
      : []
  const children = Array.isArray(node.children) ? node.children : []
  return [...own, ...children.filter(isObject).flatMap((c) => linkUrls(c as LexicalNode))]
}

const blockLevelKinds: Record<string, UnitKind> = {
  paragraph: 'paragraph',
  heading: 'heading',
  quote: 'quote',
  listitem: 'listitem',
}

type RichTextBlock = Omit<TranslationUnit, 'key' | 'field' | 'hash'> & { links: string[] }

/** The blocks of a Lexical editor state, in reading order, each with its path from `root`. */
function richTextBlocks(node: LexicalNode, path: (string | number)[]): RichTextBlock[] {
  const children = Array.isArray(node.children) ? node.children : []
  return children.flatMap((child, i): RichTextBlock[] => {
    if (!isObject(child)) return []
    const childPath = [...path, 'children', i]
    const type = child.type ?? ''
    if (type === 'list') return richTextBlocks(child, childPath)
    if (type === 'listitem') {
      // A list item holding a nested list: its own text is one unit, the nested items follow.
      const inline = (child.children ?? []).filter((c) => isObject(c) && c.type !== 'list')
      const nested = (child.children ?? []).flatMap((c, j) =>
        isObject(c) && c.type === 'list' ? richTextBlocks(c, [...childPath, 'children', j]) : [],
      )
      const own = { ...child, children: inline }
      const text = plainText(own)
      return [
        ...(text.trim()
          ? [
              {
                kind: 'listitem' as const,
                text,
                path: childPath,
                node: child,
                links: linkUrls(own),
              },
            ]
          : []),
        ...nested,
      ]
    }
    if (type in blockLevelKinds) {
      const text = plainText(child)
      if (!text.trim()) return []
      return [
        { kind: blockLevelKinds[type], text, path: childPath, node: child, links: linkUrls(child) },
      ]
    }
    if (type === 'block' && isObject(child.fields)) {
      const fields = child.fields
      if (fields.blockType === 'steps' && Array.isArray(fields.items)) {
        return fields.items.flatMap((item, j) =>
          isObject(item) && typeof item.text === 'string' && item.text.trim()
            ? [
                {
                  kind: 'step' as const,
                  text: item.text,
                  path: [...childPath, 'fields', 'items', j, 'text'],
                  links: [],
                },
              ]
            : [],
        )
      }
      if (fields.blockType === 'callout' && typeof fields.text === 'string' && fields.text.trim()) {
        return [
          { kind: 'callout', text: fields.text, path: [...childPath, 'fields', 'text'], links: [] },
        ]
      }
    }
    return []
  })
}

const isTextType = (field: Field) => field.type === 'text' || field.type === 'textarea'

/**
 * Payload's sanitized config (`payload.collections[slug].config.fields`) gives every array row
 * an `id` text field: a row's identity, never text to translate.
 */
const isRowId = (field: Field) => 'name' in field && field.name === 'id'

/** The one text field of a localized list whose rows are one text each (steps, pros, cautions). */
function textListField(field: Field): (Field & { name: string }) | undefined {
  if (field.type !== 'array') return undefined
  const own = field.fields.filter((f) => !isRowId(f))
  return own.length === 1 && isTextType(own[0]) && 'name' in own[0]
    ? (own[0] as Field & { name: string })
    : undefined
}

/**
 * The translation units of a document read in one locale, in the order an editor meets them.
 * `fields` is the collection's config (`payload.collections[slug].config.fields`).
 */
export function translationUnits(
  fields: Field[],
  doc: Record<string, unknown>,
  prefix = '',
  path: (string | number)[] = [],
  inLocalized = false,
): TranslationUnit[] {
  return fields.flatMap((field): TranslationUnit[] => {
    if (!('name' in field) || !field.name) {
      // Rows, collapsibles and unnamed tabs keep their fields at this level.
      if (field.type === 'row' || field.type === 'collapsible') {
        return translationUnits(field.fields, doc, prefix, path, inLocalized)
      }
      if (field.type === 'tabs') {
        return field.tabs.flatMap((tab) =>
          'name' in tab && tab.name
            ? translationUnits(
                tab.fields,
                isObject(doc[tab.name]) ? (doc[tab.name] as Record<string, unknown>) : {},
                `${prefix}${tab.name}.`,
                [...path, tab.name],
                inLocalized,
              )
            : translationUnits(tab.fields, doc, prefix, path, inLocalized),
        )
      }
      return []
    }
    const name = field.name
    if (excludedFields.has(name) && !prefix) return []
    if (prefix && isRowId(field)) return []
    const localized = inLocalized || ('localized' in field && Boolean(field.localized))
    const value = doc[name]
    const fieldPath = `${prefix}${name}`
    const valuePath = [...path, name]
    if (isTextType(field)) {
      if (!localized || typeof value !== 'string' || !value.trim()) return []
      return [
        {
          key: fieldPath,
          field: fieldPath,
          kind: 'text',
          text: value,
          hash: fingerprint(value),
          path: valuePath,
        },
      ]
    }
    if (field.type === 'richText') {
      if (!localized || !isObject(value) || !isObject(value.root)) return []
      return richTextBlocks(value.root as LexicalNode, [...valuePath, 'root']).map(
        ({ links, ...block }, index) => ({
          ...block,
          key: `${fieldPath}#${index}`,
          field: fieldPath,
          index,
          hash: fingerprint(block.text, links),
        }),
      )
    }
    if (field.type === 'group') {
      return translationUnits(
        field.fields,
        isObject(value) ? value : {},
        `${fieldPath}.`,
        valuePath,
        localized,
      )
    }
    if (field.type === 'array' && Array.isArray(value)) {
      const textField = textListField(field)
      if (localized && textField) {
        const textName = textField.name
        return value.flatMap((row, index) => {
          const text = isObject(row) ? row[textName] : undefined
          if (typeof text !== 'string' || !text.trim()) return []
          return [
            {
              key: `${fieldPath}#${index}`,
              field: fieldPath,
              index,
              kind: 'item' as const,
              text,
              hash: fingerprint(text),
              path: [...valuePath, index, textName],
            },
          ]
        })
      }
      // A shared list: each row's localized texts, keyed by the row's id (rows are the same in
      // every locale, so the key names the same fact in zh and in its translations).
      return value.flatMap((row, index) =>
        isObject(row) && row.id !== undefined
          ? translationUnits(
              field.fields,
              row,
              `${fieldPath}.${String(row.id)}.`,
              [...valuePath, index],
              localized,
            )
          : [],
      )
    }
    return []
  })
}

/** The translatable fields' dotted paths, for messages and the admin (no document needed). */
export function unitFieldLabel(unit: Pick<TranslationUnit, 'field' | 'index' | 'kind'>): string {
  return unit.index === undefined ? unit.field : `${unit.field} ${unit.kind} ${unit.index + 1}`
}
