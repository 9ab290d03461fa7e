import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  RichText as LexicalRichText,
  type JSXConverter,
  type JSXConverterArgs,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'

import { toSlug } from '@/fields/slug'
import { isAllowedLink } from '@/lib/allowedLinkUrl'
import { plainText, type LexicalNode } from '@/lib/richText/plainText'
import type { CalloutBlock, StepsBlock } from '@/payload-types'

type Labels = { tip: string; warning: string }

/** Anchor id of a heading: its text as a slug, so links to a section read well. */
const headingId = (node: LexicalNode) => `h-${toSlug(plainText(node)) || 'section'}`

/** The h2 sections of a body, for the table of contents. */
export function tableOfContents(data: SerializedEditorState) {
  return (data.root.children as LexicalNode[])
    .filter((node) => node.type === 'heading' && node.tag === 'h2')
    .map((node) => ({ id: headingId(node), text: plainText(node) }))
}

/**
 * A link as an `<a>` only when `isAllowedLink` allows it (checked on save too, but content
 * written before the rule or past it must not reach a reader either); otherwise its text alone.
 * Well-formed internal links (to a document) keep Lexical's converter; an autolink never
 * does, whatever its `linkType`.
 */
function safeLink<Node extends SerializedLinkNode | SerializedAutoLinkNode>(
  fallback: JSXConverter<Node> | undefined,
): JSXConverter<Node> {
  return function SafeLink(args: JSXConverterArgs<Node>) {
    const { node, nodesToJSX } = args
    const children = nodesToJSX({ nodes: node.children })
    if (!isAllowedLink(node.type, node.fields)) return <span>{children}</span>
    if (
      node.type === 'link' &&
      node.fields.linkType === 'internal' &&
      typeof fallback === 'function'
    ) {
      return fallback(args)
    }
    const { newTab } = node.fields
    return (
      <a
        href={node.fields.url}
        rel={newTab ? 'noopener noreferrer' : undefined}
        target={newTab ? '_blank' : undefined}
      >
        {children}
      </a>
    )
  }
}

const converters =
  (labels: Labels): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    link: safeLink(defaultConverters.link),
    autolink: safeLink(defaultConverters.autolink),
    heading: ({ node, nodesToJSX }) => {
      const Tag = node.tag
      return <Tag id={headingId(node)}>{nodesToJSX({ nodes: node.children })}</Tag>
    },
    blocks: {
      steps: ({ node }: { node: { fields: StepsBlock } }) => (
        <ol className="steps">
          {node.fields.items.map((item, i) => (
            <li key={item.id ?? i}>{item.text}</li>
          ))}
        </ol>
      ),
      callout: ({ node }: { node: { fields: CalloutBlock } }) => (
        <aside className={`callout callout-${node.fields.kind}`} role="note">
          <strong>{labels[node.fields.kind]}</strong> {node.fields.text}
        </aside>
      ),
    },
  })

/** Guide and FAQ bodies: Lexical JSON to HTML on the server, with our steps and callout blocks. */
export function RichText({ data, labels }: { data: SerializedEditorState; labels: Labels }) {
  return <LexicalRichText data={data} converters={converters(labels)} className="prose" />
}
