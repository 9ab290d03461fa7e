/**
 * An import: a translated XLIFF 1.2 or 2.0 file checked whole, then written in one database
 * transaction — or, if anything is wrong, nothing written and every problem listed with its
 * unit id.
 *
 * Checked: well-formed XML, the XLIFF version, source zh and a target locale the user may edit,
 * known documents and units, each unit's source as it is now in zh (an editor's change since
 * the export flags the unit), and the inline codes (the source's, each once, none unknown).
 *
 * Written, per document, only what the file changes (a target equal to the current translation
 * changes nothing), in the file's locale only:
 * - a published guide or FAQ: that locale is published (`publishSpecificLocale`), so the site
 *   shows the import at once and other locales' pending drafts stay drafts;
 * - a guide or FAQ never published: a draft of that locale;
 * - carriers and channels (no drafts): saved, which is public.
 * Rich-text blocks are rebuilt from the zh block with the translator's text in its codes; a
 * rich-text field or list is written only when every one of its units then has a translation
 * (from the file or already there), else it is left as it is and the import says so.
 */
import {
  APIError,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  ValidationError,
  type Payload,
} from 'payload'

import { checkRole } from '@/access/checkRole'
import { hasDrafts } from '@/content/derivedFromConfig'
import {
  isPublicCollection,
  publicCollections,
  type PublicCollection,
} from '@/content/publicCollections'
import { isLocale, type Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

import {
  documentsInLocale,
  sourceLocale,
  type DocumentInLocale,
  type DocumentUnit,
} from './documentUnits'
import {
  codeProblems,
  decodeBlock,
  inlineChildren,
  inlineKey,
  inlineText,
  type Inline,
} from './inlineCodes'
import { readXliff } from './readXliff'
import { slugFromTitle, uniqueSlug } from '@/fields/slug'
import { parseUnitId, type ImportUnit, type Problem } from './xliffFile'

export type WriteMode = 'published' | 'draft' | 'saved'

export type ImportReport = {
  ok: boolean
  locale?: Locale
  problems: Problem[]
  /** Not refusals: fields left as they were, for the translator to finish. */
  warnings: Problem[]
  written: { collection: PublicCollection; id: number; units: number; mode: WriteMode }[]
  unchangedUnits: number
}

/** A language tag's language (`ru-RU` → `ru`). */
const language = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0]

type Path = (string | number)[]

const getAt = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
    value,
  )

function setAt(root: Record<string, unknown>, path: Path, value: unknown) {
  let node = root as Record<string | number, unknown>
  path.slice(0, -1).forEach((key, i) => {
    if (!node[key] || typeof node[key] !== 'object')
      node[key] = typeof path[i + 1] === 'number' ? [] : {}
    node = node[key] as Record<string | number, unknown>
  })
  node[path[path.length - 1]] = value
}

const richTextKinds = new Set(['paragraph', 'heading', 'quote', 'listitem', 'step', 'callout'])

/** The value a unit's text belongs to: a rich-text field, a list, or the text field itself. */
function containerOf(unit: DocumentUnit['unit']): Path {
  if (richTextKinds.has(unit.kind)) return unit.path.slice(0, unit.path.indexOf('root'))
  if (unit.kind === 'item') return unit.path.slice(0, -2)
  return unit.path
}

type Change = { unit: DocumentUnit; content: Inline[] }

/** The data one document's save gets, or the warnings that kept fields out of it. */
function documentData(doc: DocumentInLocale, changes: Map<string, Change>, locale: Locale) {
  const next = structuredClone(doc.target) as Record<string, unknown>
  const touched = new Set<string>()
  const warnings: Problem[] = []
  const containers = new Map<string, { path: Path; units: DocumentUnit[] }>()
  for (const unit of doc.units) {
    const path = containerOf(unit.unit)
    const key = JSON.stringify(path)
    const entry = containers.get(key) ?? { path, units: [] }
    entry.units.push(unit)
    containers.set(key, entry)
  }
  for (const { path, units } of containers.values()) {
    if (!units.some((unit) => changes.has(unit.key))) continue
    const kind = units[0].unit.kind
    if (kind === 'text') {
      const change = changes.get(units[0].key)!
      setAt(next, path, inlineText(change.content))
      touched.add(String(path[0]))
      continue
    }
    const untranslated = units.filter((unit) => !changes.has(unit.key) && !unit.targetUnit)
    if (untranslated.length) {
      warnings.push({
        unit: `${doc.collection}/${doc.id}/${units[0].unit.field}`,
        message: `not written: ${untranslated.map((u) => u.key).join(', ')} ha${untranslated.length > 1 ? 've' : 's'} no translation (in the file or in ${locale})`,
      })
      continue
    }
    if (kind === 'item') {
      const textName = String(units[0].unit.path[units[0].unit.path.length - 1])
      const sourceRows = (getAt(doc.source, path) as unknown[] | undefined) ?? []
      const targetRows = (getAt(doc.target, path) as Record<string, unknown>[] | undefined) ?? []
      const byIndex = new Map(units.map((unit) => [unit.unit.index, unit]))
      setAt(
        next,
        path,
        sourceRows.map((_, i) => {
          const unit = byIndex.get(i)
          const text = unit
            ? changes.has(unit.key)
              ? inlineText(changes.get(unit.key)!.content)
              : unit.targetUnit!.text
            : ''
          const existing = targetRows[i]
          return existing?.id !== undefined
            ? { id: existing.id, [textName]: text }
            : { [textName]: text }
        }),
      )
      touched.add(String(path[0]))
      continue
    }
    // Rich text: the zh value, each block in the target's words. Last block first, so a list
    // item's nested list is already translated when the item itself is rebuilt around it.
    const value = structuredClone(getAt(doc.source, path)) as Record<string, unknown>
    for (const unit of [...units].reverse()) {
      const relative = unit.unit.path.slice(path.length)
      const change = changes.get(unit.key)
      if (!unit.unit.node) {
        setAt(value, relative, change ? inlineText(change.content) : unit.targetUnit!.text)
        continue
      }
      const block = getAt(value, relative) as DocumentUnit['unit']['node'] & object
      if (change) {
        setAt(value, relative, decodeBlock(block, change.content, unit.codes))
      } else {
        const targetNode = unit.targetUnit!.node
        const own = targetNode
          ? inlineChildren(targetNode)
          : [
              {
                type: 'text',
                text: unit.targetUnit!.text,
                format: 0,
                style: '',
                detail: 0,
                mode: 'normal',
                version: 1,
              },
            ]
        const nested = (block.children ?? []).filter((child) => child.type === 'list')
        setAt(value, relative, { ...block, children: [...structuredClone(own), ...nested] })
      }
    }
    setAt(next, path, value)
    touched.add(String(path[0]))
  }
  const data = Object.fromEntries([...touched].map((name) => [name, next[name]]))
  return { data, next, warnings }
}

function errorMessage(error: unknown): string {
  if (error instanceof ValidationError) {
    const fields = (error.data?.errors ?? []).map((e) => `${e.path}: ${e.message}`)
    return fields.length ? `refused: ${fields.join('; ')}` : error.message
  }
  if (error instanceof APIError) return error.message
  return (error as Error).message ?? String(error)
}

/**
 * Check and apply an XLIFF file. `user`: whose import it is (access rules apply, overrideAccess
 * false); none for the command line run by the site's operator (every rule but access).
 */
export async function importXliff(
  payload: Payload,
  xml: string,
  { user }: { user?: User | null } = {},
): Promise<ImportReport> {
  const report: ImportReport = {
    ok: false,
    problems: [],
    warnings: [],
    written: [],
    unchangedUnits: 0,
  }
  const { file, problems } = readXliff(xml)
  report.problems.push(...problems)
  if (!file) return report

  const source = language(file.sourceLanguage)
  const target = language(file.targetLanguage)
  if (source !== sourceLocale) {
    report.problems.push({ message: `the source language is "${file.sourceLanguage}", not zh` })
  }
  if (!isLocale(target) || target === sourceLocale) {
    report.problems.push({
      message: `the target language "${file.targetLanguage}" is not one we translate into (ru, en)`,
    })
    return report
  }
  report.locale = target
  if (user && !checkRole(['admin', 'editor', 'translator'], user)) {
    report.problems.push({ message: 'only staff import translations' })
    return report
  }
  if (user && checkRole(['translator'], user) && !user.editableLocales?.includes(target)) {
    report.problems.push({
      message: `${user.email} translates into ${(user.editableLocales ?? []).join(', ') || 'no language'}, not ${target}: the file is refused`,
    })
    return report
  }

  // Units by document.
  const byDocument = new Map<
    string,
    { collection: PublicCollection; id: number; units: ImportUnit[] }
  >()
  const seen = new Set<string>()
  for (const unit of file.units) {
    if (seen.has(unit.id)) {
      report.problems.push({ unit: unit.id, message: 'the unit is in the file twice' })
      continue
    }
    seen.add(unit.id)
    const parts = parseUnitId(unit.id)
    const id = Number(parts?.docId)
    if (!parts || !isPublicCollection(parts.collection) || !Number.isSafeInteger(id) || id <= 0) {
      report.problems.push({
        unit: unit.id,
        message: 'unknown unit (not <collection>/<id>/<unit> of our content)',
      })
      continue
    }
    const key = `${parts.collection}/${id}`
    const entry = byDocument.get(key) ?? { collection: parts.collection, id, units: [] }
    entry.units.push(unit)
    byDocument.set(key, entry)
  }

  const documents: { doc: DocumentInLocale; changes: Map<string, Change> }[] = []
  const byCollection = new Map<PublicCollection, number[]>()
  for (const { collection, id } of byDocument.values()) {
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])
  }
  const loaded = new Map<string, DocumentInLocale>()
  for (const [collection, ids] of byCollection) {
    for (const doc of await documentsInLocale(payload, { collection, ids, locale: target })) {
      loaded.set(`${collection}/${doc.id}`, doc)
    }
  }
  for (const [key, { units }] of byDocument) {
    const doc = loaded.get(key)
    if (!doc) {
      units.forEach((unit) => report.problems.push({ unit: unit.id, message: 'no such document' }))
      continue
    }
    const current = new Map(doc.units.map((unit) => [unit.key, unit]))
    const changes = new Map<string, Change>()
    for (const unit of units) {
      const unitKey = parseUnitId(unit.id)!.key
      const known = current.get(unitKey)
      if (!known) {
        report.problems.push({
          unit: unit.id,
          message: 'unknown unit: the document has no such text in zh now',
        })
        continue
      }
      if (inlineKey(unit.source) !== inlineKey(known.source)) {
        report.problems.push({
          unit: unit.id,
          message: `the source changed since the export (now: "${inlineText(known.source, known.codes)}"); export again`,
        })
        continue
      }
      if (!unit.target || !inlineText(unit.target).trim()) continue
      if (known.target && inlineKey(unit.target) === inlineKey(known.target)) {
        report.unchangedUnits += 1
        continue
      }
      const codes = known.unit.node
        ? codeProblems(unit.target, known.codes)
        : unit.target.some((item) => typeof item !== 'string')
          ? ['this text takes no inline codes']
          : []
      if (codes.length) {
        codes.forEach((message) => report.problems.push({ unit: unit.id, message }))
        continue
      }
      changes.set(unitKey, { unit: known, content: unit.target })
    }
    if (changes.size) documents.push({ doc, changes })
  }
  if (report.problems.length) return report

  // Everything checked: write, all or nothing.
  const req = await createLocalReq(
    { user: user ?? undefined, context: { xliffImport: true } },
    payload,
  )
  await initTransaction(req)
  let failed: Problem | undefined
  for (const { doc, changes } of documents) {
    const { data, next, warnings } = documentData(doc, changes, target)
    report.warnings.push(...warnings)
    if (!Object.keys(data).length) continue
    const slugField = payload.collections[doc.collection].config.fields.find(
      (field) => 'name' in field && field.name === 'slug',
    )
    try {
      if (slugField && 'localized' in slugField && slugField.localized && !doc.target.slug) {
        const title = next[publicCollections[doc.collection].titleField]
        if (typeof title === 'string' && title.trim()) {
          data.slug = await uniqueSlug(payload, {
            collection: doc.collection,
            locale: target,
            base: slugFromTitle(title),
            id: doc.id,
            req,
          })
        }
      }
      const mode: WriteMode = !hasDrafts(payload, doc.collection)
        ? 'saved'
        : doc.published
          ? 'published'
          : 'draft'
      await payload.update({
        collection: doc.collection,
        id: doc.id,
        locale: target,
        data: mode === 'published' ? { ...data, _status: 'published' } : data,
        ...(mode === 'published' ? { publishSpecificLocale: target } : {}),
        ...(mode === 'draft' ? { draft: true } : {}),
        depth: 0,
        req,
        overrideAccess: !user,
      })
      report.written.push({ collection: doc.collection, id: doc.id, units: changes.size, mode })
    } catch (error) {
      failed = { unit: `${doc.collection}/${doc.id}`, message: errorMessage(error) }
      break
    }
  }
  if (failed) {
    // Payload rolls the transaction back when an operation fails; make sure of it.
    await killTransaction(req)
    report.problems.push(failed)
    report.written = []
    return report
  }
  await commitTransaction(req)
  report.ok = true
  return report
}
