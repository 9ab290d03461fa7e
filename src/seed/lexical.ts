/**
 * A Lexical value of plain paragraphs, for code that writes a short text without Markdown: the
 * tests' fixtures. The demo content is Markdown in `content/`, converted by `markdownToRichText`.
 */
type Node = { type: string; version: number; [key: string]: unknown }

const base = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

export const p = (text: string): Node => ({
  ...base,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
})

export const doc = (...children: Node[]) => ({
  root: { ...base, type: 'root', children },
})
