/**
 * Writes an export as XLIFF 1.2 or 2.0 with @xmldom/xmldom's DOM and serializer.
 *
 * 1.2: `<file original="guides/12">` per document, `<trans-unit id="guides/12/body#4"
 * resname="body#4">`, target `state` needs-translation / translated / final (an outdated
 * translation: needs-translation with `state-qualifier="fuzzy-match"`), inline codes `<g>` and
 * `<x/>` with a `ctype` hint. 2.0: `<file id="guides.12" original="guides/12">`, `<unit
 * id="body:4" name="guides/12/body#4">`, segment `state` initial / translated / final (outdated:
 * initial with `subState="simatlas:outdated"`), codes `<pc>` and `<ph/>` with `type`/`subType`
 * hints and canCopy/canDelete="no". The codes' data is not in the file (see inlineCodes.ts).
 */
import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom'

import type { Code, Inline } from './inlineCodes'
import { keyToNmtoken, type ExportFile, type ExportState, type ExportUnit } from './xliffFile'

const ns = {
  '1.2': 'urn:oasis:names:tc:xliff:document:1.2',
  '2.0': 'urn:oasis:names:tc:xliff:document:2.0',
}
const xmlNs = 'http://www.w3.org/XML/1998/namespace'

const state12: Record<ExportState, string> = {
  missing: 'needs-translation',
  outdated: 'needs-translation',
  translated: 'translated',
  final: 'final',
}
const state20: Record<ExportState, string> = {
  missing: 'initial',
  outdated: 'initial',
  translated: 'translated',
  final: 'final',
}

const ctype: Record<Code['hint'], string> = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underlined',
  link: 'link',
  linebreak: 'lb',
  format: 'x-format',
  other: 'x-other',
}

function codeAttributes20(code: Code | undefined): [string, string][] {
  switch (code?.hint) {
    case 'bold':
      return [
        ['type', 'fmt'],
        ['subType', 'xlf:b'],
      ]
    case 'italic':
      return [
        ['type', 'fmt'],
        ['subType', 'xlf:i'],
      ]
    case 'underline':
      return [
        ['type', 'fmt'],
        ['subType', 'xlf:u'],
      ]
    case 'format':
      return [['type', 'fmt']]
    case 'linebreak':
      return [
        ['type', 'fmt'],
        ['subType', 'xlf:lb'],
      ]
    case 'link':
      return [['type', 'link']]
    default:
      return [['type', 'other']]
  }
}

class Writer {
  readonly doc: Document
  constructor(readonly file: ExportFile) {
    this.doc = new DOMImplementation().createDocument(ns[file.version], 'xliff', null)
  }

  el(
    name: string,
    attributes: [string, string | undefined][] = [],
    children: (Element | string)[] = [],
  ) {
    const element = this.doc.createElementNS(ns[this.file.version], name)
    for (const [key, value] of attributes) {
      if (value === undefined) continue
      if (key.startsWith('xml:')) element.setAttributeNS(xmlNs, key, value)
      else element.setAttribute(key, value)
    }
    for (const child of children) {
      element.appendChild(typeof child === 'string' ? this.doc.createTextNode(child) : child)
    }
    return element
  }

  /** Block-level children on lines of their own (never inside source or target). */
  block(
    name: string,
    attributes: [string, string | undefined][],
    children: Element[],
    depth: number,
  ) {
    const indent = '\n' + '  '.repeat(depth + 1)
    const spaced = children.flatMap((child) => [indent, child])
    return this.el(name, attributes, children.length ? [...spaced, '\n' + '  '.repeat(depth)] : [])
  }

  inline(content: Inline[], codes: Code[]): (Element | string)[] {
    const byId = new Map(codes.map((code) => [code.id, code]))
    const v12 = this.file.version === '1.2'
    return content.map((item) => {
      if (typeof item === 'string') return item
      const code = byId.get(item.code)
      if ('children' in item) {
        const attributes: [string, string][] = v12
          ? [
              ['id', item.code],
              ['ctype', ctype[code?.hint ?? 'other']],
            ]
          : [['id', item.code], ['canCopy', 'no'], ['canDelete', 'no'], ...codeAttributes20(code)]
        return this.el(v12 ? 'g' : 'pc', attributes, this.inline(item.children, codes))
      }
      const attributes: [string, string][] = v12
        ? [
            ['id', item.code],
            ['ctype', ctype[code?.hint ?? 'other']],
          ]
        : [['id', item.code], ['canCopy', 'no'], ['canDelete', 'no'], ...codeAttributes20(code)]
      return this.el(v12 ? 'x' : 'ph', attributes)
    })
  }

  unit12(unit: ExportUnit) {
    const children = [this.el('source', [], this.inline(unit.source, unit.codes))]
    if (unit.target) {
      children.push(
        this.el(
          'target',
          [
            ['state', state12[unit.state]],
            ['state-qualifier', unit.state === 'outdated' ? 'fuzzy-match' : undefined],
          ],
          this.inline(unit.target, unit.codes),
        ),
      )
    }
    if (unit.note) children.push(this.el('note', [['from', 'simatlas']], [unit.note]))
    return this.block(
      'trans-unit',
      [
        ['id', unit.id],
        ['resname', unit.key],
        ['xml:space', 'preserve'],
        ['approved', unit.state === 'final' ? 'yes' : undefined],
      ],
      children,
      3,
    )
  }

  unit20(unit: ExportUnit) {
    const segment = [
      this.el('source', [['xml:space', 'preserve']], this.inline(unit.source, unit.codes)),
    ]
    if (unit.target) {
      segment.push(
        this.el('target', [['xml:space', 'preserve']], this.inline(unit.target, unit.codes)),
      )
    }
    const children = [
      ...(unit.note
        ? [this.block('notes', [], [this.el('note', [['category', 'simatlas']], [unit.note])], 3)]
        : []),
      this.block(
        'segment',
        [
          ['state', state20[unit.state]],
          ['subState', unit.state === 'outdated' ? 'simatlas:outdated' : undefined],
        ],
        segment,
        3,
      ),
    ]
    return this.block(
      'unit',
      [
        ['id', keyToNmtoken(unit.key)],
        ['name', unit.id],
      ],
      children,
      2,
    )
  }

  write(): string {
    const { file, doc } = this
    const root = doc.documentElement!
    const v12 = file.version === '1.2'
    const files = file.documents.map((document) =>
      v12
        ? this.block(
            'file',
            [
              ['original', document.original],
              ['source-language', file.sourceLocale],
              ['target-language', file.targetLocale],
              ['datatype', 'plaintext'],
            ],
            [
              this.block(
                'body',
                [],
                document.units.map((unit) => this.unit12(unit)),
                2,
              ),
            ],
            1,
          )
        : this.block(
            'file',
            [
              ['id', document.original.replace('/', '.')],
              ['original', document.original],
            ],
            document.units.map((unit) => this.unit20(unit)),
            1,
          ),
    )
    root.setAttribute('version', file.version)
    if (v12) {
      // XLIFF 1.2 requires at least one <file>: an empty export is one empty file.
      if (!files.length) {
        files.push(
          this.el('file', [
            ['original', 'simatlas'],
            ['source-language', file.sourceLocale],
            ['target-language', file.targetLocale],
            ['datatype', 'plaintext'],
          ]),
        )
        files[0].appendChild(this.el('body'))
      }
    } else {
      root.setAttribute('srcLang', file.sourceLocale)
      root.setAttribute('trgLang', file.targetLocale)
      if (!files.length) files.push(this.el('file', [['id', 'simatlas']]))
    }
    for (const element of files) {
      root.appendChild(doc.createTextNode('\n  '))
      root.appendChild(element)
    }
    root.appendChild(doc.createTextNode('\n'))
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`
  }
}

export function writeXliff(file: ExportFile): string {
  return new Writer(file).write()
}
