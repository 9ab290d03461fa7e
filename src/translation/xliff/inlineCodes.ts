/**
 * A rich-text block's inline content as XLIFF inline codes, and back.
 *
 * The zh block decides the codes: numbered 1, 2, 3… in reading order, each formatted text run,
 * link (or any other inline element) is a paired code (`<g>` in 1.2, `<pc>` in 2.0) around its
 * text, each line break, tab or other inline leaf a standalone code (`<x/>`, `<ph/>`). What a
 * code stands for (format bits, a link's URL, target and linked document) never leaves the
 * server: an import takes the translator's text and code positions and rebuilds the target
 * block from the zh node, so a link or a format cannot be edited, forged or broken in a file.
 *
 * A leaf module: plain JSON in, plain JSON out.
 */
import type { LexicalNode } from '@/lib/richText/plainText'

/** Inline content of a unit: text, paired codes around content, standalone codes. */
export type Inline = string | { code: string; children: Inline[] } | { code: string }

/** What a code stands for, server-side. `hint` only chooses the attributes written in a file. */
export type Code = {
  id: string
  kind: 'paired' | 'standalone'
  hint: 'bold' | 'italic' | 'underline' | 'format' | 'link' | 'linebreak' | 'other'
  /** A format run: the text node's formatting; an element: the node without its children. */
  node: LexicalNode & Record<string, unknown>
  role: 'format' | 'element' | 'leaf'
  /** The code this one is inside (a bold word inside a link). */
  parent?: string
}

export type EncodedBlock = { content: Inline[]; codes: Code[] }

type Node = LexicalNode & Record<string, unknown>

const isObject = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// Lexical's text format bits.
const BOLD = 1
const ITALIC = 2
const UNDERLINE = 8

/** Children of a block that are its inline content (a list item's nested list is not). */
export function inlineChildren(block: LexicalNode): Node[] {
  return (Array.isArray(block.children) ? block.children : []).filter(
    (child): child is Node => isObject(child) && child.type !== 'list',
  )
}

const formatOf = (node: Node) => ({
  format: typeof node.format === 'number' ? node.format : 0,
  style: typeof node.style === 'string' ? node.style : '',
  detail: typeof node.detail === 'number' ? node.detail : 0,
  mode: typeof node.mode === 'string' ? node.mode : 'normal',
})

const isPlainRun = (node: Node) => {
  const f = formatOf(node)
  return f.format === 0 && f.style === '' && f.detail === 0 && f.mode === 'normal'
}

function formatHint(format: number): Code['hint'] {
  if (format === BOLD) return 'bold'
  if (format === ITALIC) return 'italic'
  if (format === UNDERLINE) return 'underline'
  return 'format'
}

const withoutChildren = ({ children: _children, ...rest }: Node): Node => rest

/** What makes two codes the same code: their data, not their ids or positions. */
function signature(code: Pick<Code, 'role' | 'node'>): string {
  const { id: _id, $: _state, direction: _dir, indent: _indent, ...data } = code.node
  return JSON.stringify([code.role, data])
}

/** Encode a block's inline content; codes are numbered in reading order from 1. */
export function encodeBlock(block: LexicalNode): EncodedBlock {
  const codes: Code[] = []
  const walk = (nodes: Node[], parent?: string): Inline[] =>
    nodes.map((node): Inline => {
      if (node.type === 'text') {
        const text = typeof node.text === 'string' ? node.text : ''
        if (isPlainRun(node)) return text
        const id = String(codes.length + 1)
        const f = formatOf(node)
        codes.push({
          id,
          kind: 'paired',
          hint: formatHint(f.format),
          role: 'format',
          node: f,
          parent,
        })
        return { code: id, children: [text] }
      }
      const id = String(codes.length + 1)
      if (Array.isArray(node.children)) {
        const isLink = node.type === 'link' || node.type === 'autolink'
        codes.push({
          id,
          kind: 'paired',
          hint: isLink ? 'link' : 'other',
          role: 'element',
          node: withoutChildren(node),
          parent,
        })
        return { code: id, children: walk(node.children.filter(isObject), id) }
      }
      codes.push({
        id,
        kind: 'standalone',
        hint: node.type === 'linebreak' ? 'linebreak' : 'other',
        role: 'leaf',
        node,
        parent,
      })
      return { code: id }
    })
  return { content: merge(walk(inlineChildren(block))), codes }
}

/** Adjacent strings joined, empty strings dropped: one canonical form of inline content. */
export function merge(content: Inline[]): Inline[] {
  const out: Inline[] = []
  for (const item of content) {
    const normalized =
      typeof item === 'string'
        ? item
        : 'children' in item
          ? { ...item, children: merge(item.children) }
          : item
    const last = out[out.length - 1]
    if (typeof normalized === 'string') {
      if (!normalized) continue
      if (typeof last === 'string') out[out.length - 1] = last + normalized
      else out.push(normalized)
    } else out.push(normalized)
  }
  return out
}

/**
 * The target block's current content expressed in the source's codes, for an export: each of
 * the target's runs, links and breaks takes the id of the first unused source code with the
 * same data. What has no counterpart in the source keeps its text and loses its code (an
 * import rebuilds blocks from the source's codes only).
 */
export function encodeTargetWithSourceCodes(target: LexicalNode, sourceCodes: Code[]): Inline[] {
  const own = encodeBlock(target)
  // Matched by data and by what they are inside (a bold word in a link is not the bold word
  // before it), then by data alone.
  const inContext = (codes: Code[], code: Code) => {
    const parent = codes.find((c) => c.id === code.parent)
    return `${signature(code)}|${parent ? signature(parent) : ''}`
  }
  const used = new Set<string>()
  const idFor = new Map<string, string>()
  for (const key of [inContext, (_codes: Code[], code: Code) => signature(code)]) {
    for (const code of own.codes) {
      if (idFor.has(code.id)) continue
      const match = sourceCodes.find(
        (s) => !used.has(s.id) && key(sourceCodes, s) === key(own.codes, code),
      )
      if (match) {
        used.add(match.id)
        idFor.set(code.id, match.id)
      }
    }
  }
  const relabel = (content: Inline[]): Inline[] =>
    content.flatMap((item): Inline[] => {
      if (typeof item === 'string') return [item]
      const id = idFor.get(item.code)
      const children = 'children' in item ? relabel(item.children) : undefined
      if (!id) return children ?? []
      return children ? [{ code: id, children }] : [{ code: id }]
    })
  return merge(relabel(own.content))
}

/** A problem with a unit's codes, in words a translator can act on. */
export function codeProblems(content: Inline[], codes: Code[]): string[] {
  const byId = new Map(codes.map((code) => [code.id, code]))
  const seen = new Map<string, number>()
  const problems: string[] = []
  const walk = (items: Inline[], insideLink: boolean) => {
    for (const item of items) {
      if (typeof item === 'string') continue
      seen.set(item.code, (seen.get(item.code) ?? 0) + 1)
      const code = byId.get(item.code)
      const paired = 'children' in item
      if (!code) {
        problems.push(`inline code ${item.code} is not in the source`)
      } else if ((code.kind === 'paired') !== paired) {
        problems.push(
          `inline code ${item.code} must be ${code.kind === 'paired' ? 'a paired code around text' : 'a standalone code'}`,
        )
      } else if (insideLink && code.hint === 'link') {
        problems.push(`inline code ${item.code} (a link) is inside another link`)
      }
      if (paired) walk(item.children, insideLink || code?.hint === 'link')
    }
  }
  walk(content, false)
  for (const [id, count] of seen) {
    if (count > 1) problems.push(`inline code ${id} is used ${count} times (once only)`)
  }
  for (const code of codes) {
    if (!seen.has(code.id)) problems.push(`inline code ${code.id} of the source is missing`)
  }
  return problems
}

type Format = ReturnType<typeof formatOf>

const textNode = (text: string, f: Format): Node => ({
  type: 'text',
  text,
  format: f.format,
  style: f.style,
  detail: f.detail,
  mode: f.mode,
  version: 1,
})

/**
 * The target block: the source block's node with its inline content rebuilt from the
 * translator's text and codes (checked with `codeProblems` first). Nested lists are kept.
 */
export function decodeBlock(source: LexicalNode, content: Inline[], codes: Code[]): Node {
  const byId = new Map(codes.map((code) => [code.id, code]))
  const plain: Format = { format: 0, style: '', detail: 0, mode: 'normal' }
  const build = (items: Inline[], f: Format): Node[] =>
    items.flatMap((item): Node[] => {
      if (typeof item === 'string') return item ? [textNode(item, f)] : []
      const code = byId.get(item.code)
      if (!code) return 'children' in item ? build(item.children, f) : []
      if (code.role === 'leaf') return [structuredClone(code.node)]
      const children = 'children' in item ? item.children : []
      if (code.role === 'format') {
        const own = formatOf(code.node)
        return build(children, {
          format: f.format | own.format,
          style: own.style || f.style,
          detail: f.detail | own.detail,
          mode: own.mode !== 'normal' ? own.mode : f.mode,
        })
      }
      return [{ ...structuredClone(code.node), children: build(children, f) }]
    })
  const nested = (Array.isArray(source.children) ? source.children : []).filter(
    (child) => isObject(child) && child.type === 'list',
  )
  return { ...(source as Node), children: [...build(merge(content), plain), ...nested] }
}

/** Plain text of inline content (codes dropped, line breaks as "\n"), for messages and slugs. */
export function inlineText(content: Inline[], codes: Code[] = []): string {
  const byId = new Map(codes.map((code) => [code.id, code]))
  return content
    .map((item) =>
      typeof item === 'string'
        ? item
        : 'children' in item
          ? inlineText(item.children, codes)
          : byId.get(item.code)?.hint === 'linebreak'
            ? '\n'
            : '',
    )
    .join('')
}

/** A comparable form of inline content: canonical, whitespace runs as one space, ends trimmed. */
export function inlineKey(content: Inline[]): string {
  const squash = (items: Inline[]): unknown[] =>
    merge(items).map((item) =>
      typeof item === 'string'
        ? item.normalize('NFC').replace(/\s+/g, ' ')
        : 'children' in item
          ? [item.code, squash(item.children)]
          : [item.code],
    )
  const items = squash(content)
  const last = items.length - 1
  if (typeof items[0] === 'string') items[0] = items[0].trimStart()
  if (typeof items[last] === 'string') items[last] = (items[last] as string).trimEnd()
  return JSON.stringify(items.filter((item) => item !== ''))
}
