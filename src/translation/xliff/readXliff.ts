/**
 * Reads an XLIFF 1.2 or 2.0 file (@xmldom/xmldom's parser) into units: id, source and target as
 * inline content. Only what an import needs is read; everything wrong is a problem, all of them
 * collected (a file is refused whole, never half read).
 *
 * Inline content: 1.2 `<g>` / `<x/>` and 2.0 `<pc>` / `<ph/>` are codes by their `id`; `<mrk>`
 * (a CAT tool's segment or comment markers) is unwrapped; other inline elements (`<bpt>`,
 * `<ph>` with native code in 1.2, `<sc>`/`<ec>` in 2.0…) are refused, as this exporter never
 * writes them and their meaning could not be rebuilt.
 */
import type { Element, Node } from '@xmldom/xmldom'

import { parseXml } from '@/lib/parseXml'

import type { Inline } from './inlineCodes'
import {
  isXliffVersion,
  nmtokenToKey,
  type ImportFile,
  type ImportUnit,
  type Problem,
} from './xliffFile'

const ns = {
  '1.2': 'urn:oasis:names:tc:xliff:document:1.2',
  '2.0': 'urn:oasis:names:tc:xliff:document:2.0',
} as const

const ELEMENT = 1
const TEXT = 3
const CDATA = 4

const elements = (node: Node): Element[] =>
  Array.from(node.childNodes ?? []).filter((child): child is Element => child.nodeType === ELEMENT)

const childrenNamed = (node: Node, name: string, namespace: string) =>
  elements(node).filter((child) => child.localName === name && child.namespaceURI === namespace)

/** Every descendant element with this name, in document order. */
function descendants(node: Node, name: string, namespace: string): Element[] {
  return elements(node).flatMap((child) => [
    ...(child.localName === name && child.namespaceURI === namespace ? [child] : []),
    ...descendants(child, name, namespace),
  ])
}

export type ReadResult = { file?: ImportFile; problems: Problem[] }

export function readXliff(xml: string): ReadResult {
  const { document, errors } = parseXml(xml)
  if (!document?.documentElement) {
    return { problems: errors.map((error) => ({ message: `malformed XML: ${error}` })) }
  }
  const problems: Problem[] = []
  const root = document.documentElement
  const version = root.getAttribute('version')
  if (root.localName !== 'xliff' || !isXliffVersion(version) || root.namespaceURI !== ns[version]) {
    return {
      problems: [
        {
          message: `not an XLIFF 1.2 or 2.0 file (root <${root.tagName}> version "${version ?? ''}" in namespace "${root.namespaceURI ?? ''}")`,
        },
      ],
    }
  }
  const namespace = ns[version]
  const units: ImportUnit[] = []
  let sourceLanguage = ''
  let targetLanguage = ''

  const inline = (element: Element, unit: string): Inline[] =>
    Array.from(element.childNodes ?? []).flatMap((node): Inline[] => {
      if (node.nodeType === TEXT || node.nodeType === CDATA) return [node.nodeValue ?? '']
      if (node.nodeType !== ELEMENT) return []
      const child = node as Element
      const name =
        child.namespaceURI === namespace
          ? child.localName
          : `{${child.namespaceURI}}${child.localName}`
      if (name === 'mrk') return inline(child, unit)
      const paired = version === '1.2' ? 'g' : 'pc'
      const standalone = version === '1.2' ? 'x' : 'ph'
      if (name === paired || name === standalone) {
        const id = child.getAttribute('id')
        if (!id) {
          problems.push({ unit, message: `<${child.tagName}> without an id` })
          return []
        }
        if (name === standalone) {
          if (elements(child).length || child.textContent) {
            problems.push({ unit, message: `<${child.tagName} id="${id}"> must be empty` })
          }
          return [{ code: id }]
        }
        return [{ code: id, children: inline(child, unit) }]
      }
      problems.push({ unit, message: `unsupported inline element <${child.tagName}>` })
      return []
    })

  const readUnit = (id: string, source: Element | undefined, target: Element | undefined) => {
    if (!source) {
      problems.push({ unit: id, message: 'no <source>' })
      return
    }
    units.push({
      id,
      source: inline(source, id),
      ...(target ? { target: inline(target, id) } : {}),
    })
  }

  if (version === '1.2') {
    const files = childrenNamed(root, 'file', namespace)
    for (const file of files) {
      const source = file.getAttribute('source-language') ?? ''
      const target = file.getAttribute('target-language') ?? ''
      if (sourceLanguage && source !== sourceLanguage) {
        problems.push({
          message: `files with different source languages (${sourceLanguage}, ${source})`,
        })
      }
      if (targetLanguage && target !== targetLanguage) {
        problems.push({
          message: `files with different target languages (${targetLanguage}, ${target})`,
        })
      }
      sourceLanguage ||= source
      targetLanguage ||= target
      for (const unit of descendants(file, 'trans-unit', namespace)) {
        const id = unit.getAttribute('id') ?? ''
        if (!id) {
          problems.push({ message: '<trans-unit> without an id' })
          continue
        }
        readUnit(
          id,
          childrenNamed(unit, 'source', namespace)[0],
          childrenNamed(unit, 'target', namespace)[0],
        )
      }
    }
  } else {
    sourceLanguage = root.getAttribute('srcLang') ?? ''
    targetLanguage = root.getAttribute('trgLang') ?? ''
    for (const file of childrenNamed(root, 'file', namespace)) {
      const original = file.getAttribute('original')
      for (const unit of descendants(file, 'unit', namespace)) {
        const token = unit.getAttribute('id') ?? ''
        const id = original
          ? `${original}/${nmtokenToKey(token)}`
          : (unit.getAttribute('name') ?? '')
        if (!token || !id) {
          problems.push({ message: '<unit> without an id' })
          continue
        }
        // One segment per unit is what we write; a CAT tool that split one is joined back.
        const segments = descendants(unit, 'segment', namespace)
        if (!segments.length) {
          problems.push({ unit: id, message: 'no <segment>' })
          continue
        }
        const sources = segments.map((s) => childrenNamed(s, 'source', namespace)[0])
        const targets = segments.map((s) => childrenNamed(s, 'target', namespace)[0])
        if (sources.some((s) => !s)) {
          problems.push({ unit: id, message: 'a <segment> without <source>' })
          continue
        }
        const source = sources.flatMap((s) => inline(s!, id))
        const target = targets.every((t) => t) ? targets.flatMap((t) => inline(t!, id)) : undefined
        units.push({ id, source, ...(target ? { target } : {}) })
      }
    }
  }
  if (!targetLanguage) problems.push({ message: 'the file names no target language' })
  return { file: { version, sourceLanguage, targetLanguage, units }, problems }
}
