import { createHash } from 'node:crypto'

import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

import type { PublicCollection } from '@/content/publicCollections'

import { ContentFileError } from './contentFileFields'

export type RichTextValue = ReturnType<typeof convertMarkdownToLexical>

type Node = { [key: string]: unknown }

/**
 * Lexical gives links and blocks fresh random ids; the seed derives them from the text and its
 * position instead, so the same files always write the same document.
 */
function withStableIds(state: RichTextValue) {
  let position = 0
  const stableId = (content: unknown) =>
    createHash('sha1')
      .update(`${position++}:${JSON.stringify(content)}`)
      .digest('hex')
      .slice(0, 24)
  const visit = (node: Node) => {
    const fields = node.fields as Node | undefined
    if (node.type === 'block' && fields) {
      fields.id = stableId({ ...fields, id: undefined })
      for (const value of Object.values(fields)) {
        if (!Array.isArray(value)) continue
        for (const row of value) if (row && typeof row === 'object') row.id ??= stableId(row)
      }
    } else if ('id' in node) {
      node.id = stableId({ ...node, id: undefined })
    }
    for (const child of (node.children as Node[] | undefined) ?? []) visit(child)
  }
  visit(state.root as unknown as Node)
  return state
}

/** Text that still looks like an element: a `<steps>` or `<callout>` the converter could not read. */
function unreadElement(node: Node): string | undefined {
  if (typeof node.text === 'string' && /<\/?[a-z][\w-]*(?:[\s/>]|$)/i.test(node.text))
    return node.text
  for (const child of (node.children as Node[] | undefined) ?? []) {
    const found = unreadElement(child)
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * A converter from Markdown to the Lexical value of one rich text field, with that field's own
 * editor (its blocks and their Markdown forms, `src/fields/richText.ts`) taken from the config.
 */
export function markdownToRichText(
  config: SanitizedConfig,
  collection: PublicCollection,
  fieldName: string,
) {
  const field = config.collections
    .find((c) => c.slug === collection)
    ?.flattenedFields.find((f) => f.name === fieldName)
  if (field?.type !== 'richText')
    throw new Error(`${collection}.${fieldName} is no rich text field`)
  const editorConfig = editorConfigFactory.fromField({ field })
  return (markdown: string, file: string): RichTextValue => {
    const state = convertMarkdownToLexical({ editorConfig, markdown })
    const unread = unreadElement(state.root as unknown as Node)
    if (unread !== undefined)
      throw new ContentFileError(
        file,
        `has an element the Markdown conversion did not read (a <steps> needs a numbered list, a <callout> kind="tip" or "warning"): ${JSON.stringify(unread.slice(0, 80))}`,
      )
    return withStableIds(state)
  }
}
