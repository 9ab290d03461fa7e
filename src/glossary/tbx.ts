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
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser'

import { conceptKeyPattern, conceptProblems } from './conceptProblems'
import {
  administrativeStatus,
  glossaryLocales,
  type GlossaryConcept,
  type LanguageTerms,
  type TermStatus,
} from './locales'
import type { Locale } from '@/i18n/locales'

export const tbxContentType = 'application/x-tbx+xml; charset=utf-8'

/** A carrier's reference in an xref `target`: `carriers/<slug>`. */
const carrierTarget = (slug: string) => `carriers/${slug}`
const carrierFromTarget = (target: string) => /^carriers\/([a-z0-9-]+)$/.exec(target)?.[1]

const tig = (term: string, status: TermStatus) => ({
  term: { '#text': term },
  termNote: { '@_type': 'administrativeStatus', '#text': administrativeStatus[status] },
})

/** The concepts as one TBX-Basic document (ordered as given; same input, same bytes). */
export function conceptsToTbx(concepts: GlossaryConcept[]): string {
  const termEntry = concepts.map((concept) => ({
    '@_id': concept.key,
    ...(concept.note ? { note: { '#text': concept.note } } : {}),
    ...(concept.carrier
      ? {
          xref: {
            '@_type': 'externalCrossReference',
            '@_target': carrierTarget(concept.carrier),
            '#text': concept.carrier,
          },
        }
      : {}),
    langSet: glossaryLocales.flatMap((locale) => {
      const terms = concept.terms[locale]
      if (!terms) return []
      return [
        {
          '@_xml:lang': locale,
          tig: [
            tig(terms.preferred, 'preferred'),
            ...terms.admitted.map((t) => tig(t, 'admitted')),
            ...terms.forbidden.map((t) => tig(t, 'forbidden')),
          ],
        },
      ]
    }),
  }))
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
  })
  const body = builder.build({
    martif: {
      '@_type': 'TBX-Basic',
      '@_xml:lang': 'zh',
      martifHeader: {
        fileDesc: { sourceDesc: { p: { '#text': 'SIM Atlas glossary' } } },
        encodingDesc: { p: { '@_type': 'XCSURI', '#text': 'TBXBasicXCSV02.xcs' } },
      },
      text: { body: { termEntry } },
    },
  }) as string
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`
}

export type TbxProblem = { entry?: string; message: string }
export type ParsedTbx = { concepts: GlossaryConcept[]; problems: TbxProblem[] }

type XmlNode = Record<string, unknown>
const arrays = new Set(['termEntry', 'langSet', 'tig', 'termNote', 'note', 'xref', 'term'])

const isNode = (v: unknown): v is XmlNode =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const list = (v: unknown): XmlNode[] => (Array.isArray(v) ? v.filter(isNode) : [])
const textOf = (node: XmlNode | undefined): string => {
  const text = node?.['#text']
  return typeof text === 'string' || typeof text === 'number' ? String(text).trim() : ''
}
const attr = (node: XmlNode, name: string): string | undefined => {
  const value = node[`@_${name}`]
  return typeof value === 'string' ? value : undefined
}

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
  const valid = XMLValidator.validate(xml)
  if (valid !== true)
    return {
      concepts: [],
      problems: [{ message: `Not well-formed XML (line ${valid.err.line}): ${valid.err.msg}` }],
    }
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    alwaysCreateTextNode: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    isArray: (name) => arrays.has(name),
  }).parse(xml) as XmlNode
  const martif = parsed.martif
  if (!isNode(martif))
    return { concepts: [], problems: [{ message: 'The root element is not <martif> (TBX).' }] }
  if (attr(martif, 'type') !== 'TBX-Basic')
    problems.push({ message: `<martif type="${attr(martif, 'type') ?? ''}"> is not TBX-Basic.` })
  const body = isNode(martif.text) ? martif.text.body : undefined
  if (!isNode(body)) {
    problems.push({ message: 'There is no <text><body>.' })
    return { concepts: [], problems }
  }
  const entries = list(body.termEntry)
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

    const notes = list(entry.note).map(textOf).filter(Boolean)
    const carriers = list(entry.xref)
      .filter((x) => attr(x, 'type') === 'externalCrossReference')
      .map((x) => attr(x, 'target') ?? '')
    if (carriers.length > 1) report('more than one carrier reference')
    const carrier = carriers[0] !== undefined ? carrierFromTarget(carriers[0]) : undefined
    if (carriers[0] !== undefined && !carrier)
      report(`the reference "${carriers[0]}" is not carriers/<slug>`)
    if (list(entry.ntig).length || isNode(entry.ntig)) report('<ntig> is not TBX-Basic; use <tig>')

    const terms = Object.fromEntries(
      glossaryLocales.map((l) => [l, undefined]),
    ) as GlossaryConcept['terms']
    for (const langSet of list(entry.langSet)) {
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
      for (const t of list(langSet.tig)) {
        const term = list(t.term).map(textOf)[0] ?? ''
        if (!term) {
          report(`${locale}: a <tig> without a term`)
          continue
        }
        const notes = list(t.termNote).filter((n) => attr(n, 'type') === 'administrativeStatus')
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
