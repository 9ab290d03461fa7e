/**
 * Builders for Lexical JSON in tests: the node shapes our content uses (headings, paragraphs,
 * lists and the steps/callout blocks of `@/fields/richText`). The seed reads Markdown files instead.
 */
import { createHash } from 'node:crypto'

type Node = { type: string; version: number; [key: string]: unknown }

const base = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

/** Text with `**bold**` runs turned into bold text nodes. */
function inline(text: string): Node[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => {
      const bold = part.startsWith('**') && part.endsWith('**')
      return {
        type: 'text',
        text: bold ? part.slice(2, -2) : part,
        format: bold ? 1 : 0,
        style: '',
        mode: 'normal',
        detail: 0,
        version: 1,
      }
    })
}

export const p = (text: string): Node => ({
  ...base,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: inline(text),
})

export const h = (tag: 'h2' | 'h3', text: string): Node => ({
  ...base,
  type: 'heading',
  tag,
  children: inline(text),
})

export const list = (kind: 'bullet' | 'number', items: string[]): Node => ({
  ...base,
  type: 'list',
  listType: kind,
  start: 1,
  tag: kind === 'number' ? 'ol' : 'ul',
  children: items.map((text, i) => ({
    ...base,
    type: 'listitem',
    value: i + 1,
    children: inline(text),
  })),
})

// Block ids derive from the content so that seeding twice writes the same document.
const block = (fields: Record<string, unknown>): Node => ({
  type: 'block',
  format: '',
  version: 2,
  fields: {
    id: createHash('sha1').update(JSON.stringify(fields)).digest('hex').slice(0, 24),
    blockName: '',
    ...fields,
  },
})

export const steps = (items: string[]): Node =>
  block({ blockType: 'steps', items: items.map((text) => ({ text })) })

export const callout = (kind: 'tip' | 'warning', text: string): Node =>
  block({ blockType: 'callout', kind, text })

export const doc = (...children: Node[]) => ({
  root: { ...base, type: 'root', children },
})
