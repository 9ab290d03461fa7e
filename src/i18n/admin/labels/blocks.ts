import type { AdminText } from '../languages'
import type { FieldText } from './fields'
import type { OptionTexts } from './options'

type BlockTexts = {
  labels: { singular: AdminText; plural: AdminText }
  fields: Record<string, FieldText>
  options?: Record<string, OptionTexts>
}

const text: FieldText = { label: { zh: '文字', ru: 'Текст', en: 'Text' } }

/** The rich-text blocks' names, field labels and options, by block slug and field path. */
export const blockTexts: Record<string, BlockTexts> = {
  steps: {
    labels: {
      singular: { zh: '步骤', ru: 'Шаги', en: 'Steps' },
      plural: { zh: '步骤', ru: 'Шаги', en: 'Steps' },
    },
    fields: {
      items: {
        label: { zh: '各步', ru: 'Пункты', en: 'Items' },
        row: { zh: '步骤', ru: 'шаг', en: 'Step' },
      },
      'items.text': text,
    },
  },
  callout: {
    labels: {
      singular: { zh: '提示框', ru: 'Врезка', en: 'Callout' },
      plural: { zh: '提示框', ru: 'Врезки', en: 'Callouts' },
    },
    fields: { kind: { label: { zh: '类型', ru: 'Вид', en: 'Kind' } }, text },
    options: {
      kind: {
        tip: { zh: '提示', ru: 'Совет', en: 'Tip' },
        warning: { zh: '警告', ru: 'Предупреждение', en: 'Warning' },
      },
    },
  },
}
