import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  RichText as LexicalRichText,
  type JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'

import type { CalloutBlock, StepsBlock } from '@/payload-types'

type Labels = { tip: string; warning: string }

const converters =
  (labels: Labels): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
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
