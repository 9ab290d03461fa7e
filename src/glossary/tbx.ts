/**
 * The glossary as TBX-Basic (ISO 30042, TermBase eXchange; the 2008 core structure CAT tools
 * read: `martif` / `termEntry` / `langSet` / `tig`):
 *
 *   <termEntry id="tourist-sim">                       one concept, id = its key
 *     <note>…</note>                                    the concept's note
 *     <xref type="externalCrossReference" target="carriers/beeline">Beeline</xref>   its carrier
 *     <langSet xml:lang="ru">                           one per language (zh, ru, en)
 *       <tig><term>туристическая SIM-карта</term>
 *         <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
 *       <tig>… admittedTerm-admn-sts (an admitted synonym) / deprecatedTerm-admn-sts (forbidden)
 *
 * Parsing reads what other tools write too: `zh-CN`/`zh-Hans` etc. as zh, a term with no
 * status as admitted, `supersededTerm-admn-sts` as forbidden. Everything wrong with a file is
 * listed (with its termEntry id), not only the first thing.
 *
 * Written with @xmldom/xmldom's DOM and serializer and read with its parser (src/lib/parseXml.ts),
 * the one XML library, as XLIFF is.
 */
import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom'

import { conceptKeyPattern, conceptProblems } from './conceptProblems'
import {
  administrativeStatus,
  glossaryLocales,
  type GlossaryConcept,
  type LanguageTerms,
  type TermStatus,
} from './locales'
import type { Locale } from '@/i18n/locales'
import { parseXml } from '@/lib/parseXml'

export const tbxContentType = 'application/x-tbx+xml; charset=utf-8'

/** A carrier's reference in an xref `target`: `carriers/<slug>`. */
const carrierTarget = (slug: string) => `carriers/${slug}`
const carrierFromTarget = (target: string) => /^carriers\/([a-z0-9-]+)$/.exec(target)?.[1]

const xmlNs = 'http://www.w3.org/XML/1998/namespace'

/** An element to write: its text, or child elements (each on a line of its own, indented). */
type Tree = { name: string; attributes?: [string, string][]; text?: string; children?: Tree[] }

const tig = (term: string, status: TermStatus): Tree => ({
  name: 'tig',
  children: [
    { name: 'term', text: term },
    {
      name: 'termNote',
      attributes: [['type', 'administrativeStatus']],
      text: administrativeStatus[status],
    },
  ],
})

/** Two spaces a level; an element with nothing in it is written `<name/>`. */
function toElement(doc: Document, tree: Tree, depth: number): Element {
  const element = doc.createElement(tree.name)
  for (const [key, value] of tree.attributes ?? []) {
    if (key.startsWith('xml:')) element.setAttributeNS(xmlNs, key, value)
    else element.setAttribute(key, value)
  }
  if (tree.text) element.appendChild(doc.createTextNode(tree.text))
  const children = tree.children ?? []
  for (const child of children) {
    element.appendChild(doc.createTextNode('\n' + '  '.repeat(depth + 1)))
    element.appendChild(toElement(doc, child, depth + 1))
  }
  if (children.length) element.appendChild(doc.createTextNode('\n' + '  '.repeat(depth)))
  return element
}

/** The concepts as one TBX-Basic document (ordered as given; same input, same bytes). */
export function conceptsToTbx(concepts: GlossaryConcept[]): string {
  const termEntries = concepts.map((concept): Tree => ({
    name: 'termEntry',
    attributes: [['id', concept.key]],
    children: [
      ...(concept.note ? [{ name: 'note', text: concept.note }] : []),
      ...(concept.carrier
        ? [
            {
              name: 'xref',
              attributes: [
                ['type', 'externalCrossReference'],
                ['target', carrierTarget(concept.carrier)],
              ] satisfies [string, string][],
              text: concept.carrier,
            },
          ]
        : []),
      ...glossaryLocales.flatMap((locale) => {
        const terms = concept.terms[locale]
        if (!terms) return []
        return [
          {
            name: 'langSet',
            attributes: [['xml:lang', locale]] satisfies [string, string][],
            children: [
              tig(terms.preferred, 'preferred'),
              ...terms.admitted.map((t) => tig(t, 'admitted')),
              ...terms.forbidden.map((t) => tig(t, 'forbidden')),
            ],
          },
        ]
      }),
    ],
  }))
  const martif: Tree = {
    name: 'martif',
    attributes: [
      ['type', 'TBX-Basic'],
      ['xml:lang', 'zh'],
    ],
    children: [
      {
        name: 'martifHeader',
        children: [
          {
            name: 'fileDesc',
            children: [
              { name: 'sourceDesc', children: [{ name: 'p', text: 'SIM Atlas glossary' }] },
            ],
          },
          {
            name: 'encodingDesc',
            children: [{ name: 'p', attributes: [['type', 'XCSURI']], text: 'TBXBasicXCSV02.xcs' }],
          },
        ],
      },
      { name: 'text', children: [{ name: 'body', children: termEntries }] },
    ],
  }
  const doc = new DOMImplementation().createDocument(null, '', null)
  doc.appendChild(toElement(doc, martif, 0))
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`
}

export type TbxProblem = { entry?: string; message: string }
export type ParsedTbx = { concepts: GlossaryConcept[]; problems: TbxProblem[] }

const ELEMENT = 1

/** The child elements of `parent` with this (qualified) name, in document order. */
const childrenNamed = (parent: Element, name: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (child): child is Element => child.nodeType === ELEMENT && child.nodeName === name,
  )
const textOf = (element: Element | undefined): string => element?.textContent?.trim() ?? ''
const attr = (element: Element, name: string): string | undefined =>
  element.getAttribute(name) ?? undefined

/** Our locale for an xml:lang (`zh-CN` → zh), or undefined. */
function localeOf(lang: string | undefined): Locale | undefined {
  const primary = lang?.toLowerCase().split(/[-_]/)[0]
  return glossaryLocales.find((l) => l === primary)
}

const statusOf = (value: string): TermStatus | undefined => {
  if (value === 'supersededTerm-admn-sts') return 'forbidden'
  return (Object.keys(administrativeStatus) as TermStatus[]).find(
    (s) => administrativeStatus[s] === value,
  )
}

/**
 * A TBX document's concepts, or every problem found. Only well-formed XML with a TBX-Basic
 * `martif` root is read; entity declarations are refused (no entity expansion from a file).
 */
export function parseTbx(xml: string): ParsedTbx {
  const problems: TbxProblem[] = []
  if (/<!ENTITY/i.test(xml))
    return {
      concepts: [],
      problems: [{ message: 'The file declares XML entities, which are not accepted.' }],
    }
  const { document, errors } = parseXml(xml)
  if (!document?.documentElement)
    return {
      concepts: [],
      problems: errors.map((error) => ({ message: `Not well-formed XML: ${error}` })),
    }
  const martif = document.documentElement
  if (martif.nodeName !== 'martif')
    return { concepts: [], problems: [{ message: 'The root element is not <martif> (TBX).' }] }
  if (attr(martif, 'type') !== 'TBX-Basic')
    problems.push({ message: `<martif type="${attr(martif, 'type') ?? ''}"> is not TBX-Basic.` })
  const text = childrenNamed(martif, 'text')[0]
  const body = text && childrenNamed(text, 'body')[0]
  if (!body) {
    problems.push({ message: 'There is no <text><body>.' })
    return { concepts: [], problems }
  }
  const entries = childrenNamed(body, 'termEntry')
  if (!entries.length) problems.push({ message: 'The file holds no <termEntry>.' })

  const seen = new Set<string>()
  const concepts: GlossaryConcept[] = []
  entries.forEach((entry, position) => {
    const id = attr(entry, 'id') ?? ''
    const name = id || `#${position + 1}`
    const report = (message: string) => problems.push({ entry: name, message })
    if (!id) report('the termEntry has no id')
    else if (!conceptKeyPattern.test(id)) report(`the id "${id}" is not a valid concept key`)
    else if (seen.has(id)) report(`the id "${id}" is used twice`)
    seen.add(id)

    const notes = childrenNamed(entry, 'note').map(textOf).filter(Boolean)
    const carriers = childrenNamed(entry, 'xref')
      .filter((x) => attr(x, 'type') === 'externalCrossReference')
      .map((x) => attr(x, 'target') ?? '')
    if (carriers.length > 1) report('more than one carrier reference')
    const carrier = carriers[0] !== undefined ? carrierFromTarget(carriers[0]) : undefined
    if (carriers[0] !== undefined && !carrier)
      report(`the reference "${carriers[0]}" is not carriers/<slug>`)
    if (childrenNamed(entry, 'ntig').length) report('<ntig> is not TBX-Basic; use <tig>')

    const terms = Object.fromEntries(
      glossaryLocales.map((l) => [l, undefined]),
    ) as GlossaryConcept['terms']
    for (const langSet of childrenNamed(entry, 'langSet')) {
      const lang = attr(langSet, 'xml:lang')
      const locale = localeOf(lang)
      if (!locale) {
        report(`the language "${lang ?? ''}" is not zh, ru or en`)
        continue
      }
      if (terms[locale]) {
        report(`two langSets for ${locale}`)
        continue
      }
      const found: Record<TermStatus, string[]> = { preferred: [], admitted: [], forbidden: [] }
      for (const t of childrenNamed(langSet, 'tig')) {
        const term = textOf(childrenNamed(t, 'term')[0])
        if (!term) {
          report(`${locale}: a <tig> without a term`)
          continue
        }
        const notes = childrenNamed(t, 'termNote').filter(
          (n) => attr(n, 'type') === 'administrativeStatus',
        )
        const value = notes.length ? textOf(notes[0]) : administrativeStatus.admitted
        const status = statusOf(value)
        if (!status) report(`${locale}: "${term}" has the unknown status "${value}"`)
        else found[status].push(term)
      }
      if (found.preferred.length !== 1)
        report(`${locale}: needs exactly one preferred term (found ${found.preferred.length})`)
      terms[locale] = {
        preferred: found.preferred[0] ?? '',
        admitted: found.admitted,
        forbidden: found.forbidden,
      } satisfies LanguageTerms
    }
    const concept: GlossaryConcept = {
      key: id,
      ...(notes.length ? { note: notes.join('\n') } : {}),
      ...(carrier ? { carrier } : {}),
      terms,
    }
    for (const message of conceptProblems(concept))
      if (id || !message.startsWith('the key')) report(message)
    concepts.push(concept)
  })
  return { concepts, problems }
}
