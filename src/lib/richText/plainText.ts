/**
 * Lexical rich text as plain text, in one place: the search index, the FAQ page's structured
 * data and the guide's table of contents all read it here.
 *
 * The text is what Lexical's own `getTextContent` gives: inline nodes (text, links) joined as
 * written, block-level nodes (paragraphs, headings, list items) on lines of their own, a line
 * break as "\n". Our blocks (steps, callouts) have no text of their own to Lexical; with
 * `blocks: true` their fields' text is included (search needs it), otherwise they are left out.
 *
 * A leaf module: rich text comes from the database as JSON, so shapes are checked as it walks.
 */

/** A node of Lexical's serialized JSON, as far as its text goes. */
export type LexicalNode = {
  type?: string
  /** Text nodes. */
  text?: string
  /** Headings: h2, h3… */
  tag?: string
  children?: LexicalNode[]
  /** Block nodes: the block's data (blockType, id and its own fields). */
  fields?: Record<string, unknown>
}

type Options = {
  /** Include the text of blocks (steps, callouts). */
  blocks?: boolean
  /** All whitespace as single spaces, trimmed: one line, for structured data. */
  oneLine?: boolean
}

const inlineTypes = new Set(['text', 'link', 'autolink', 'linebreak', 'tab', 'inlineBlock'])
const blockTypes = new Set(['block', 'inlineBlock'])

/** Keys of block and array data that are not reader-facing text (a fact's `source` is where it comes from). */
const structuralKeys = new Set(['id', 'blockType', 'blockName', 'kind', 'source'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function nodeText(node: LexicalNode, blocks: boolean): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  if (node.type && blockTypes.has(node.type)) {
    return blocks && isObject(node.fields) ? fieldsText(node.fields).join('\n') : ''
  }
  const children: LexicalNode[] = Array.isArray(node.children) ? node.children.filter(isObject) : []
  return children
    .map((child, i) => {
      const separated = i < children.length - 1 && !inlineTypes.has(child.type ?? '')
      return nodeText(child, blocks) + (separated ? '\n' : '')
    })
    .join('')
}

/**
 * Plain text of rich text (an editor state `{ root }`) or of one of its nodes (a heading for
 * the table of contents). Anything else is empty text.
 */
export function plainText(value: unknown, { blocks = false, oneLine = false }: Options = {}) {
  const node = isObject(value) && isObject(value.root) ? value.root : value
  const text = isObject(node) ? nodeText(node as LexicalNode, blocks) : ''
  return oneLine ? text.replace(/\s+/g, ' ').trim() : text
}

/**
 * Every reader-facing string in field data: text, lists of items (a channel's steps), block
 * data, and rich text (with its blocks) within it.
 */
export function fieldsText(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(fieldsText)
  if (!isObject(value)) return []
  if (isObject(value.root)) return [plainText(value, { blocks: true })]
  return Object.entries(value)
    .filter(([key]) => !structuralKeys.has(key))
    .flatMap(([, v]) => fieldsText(v))
}
