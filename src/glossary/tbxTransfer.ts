/**
 * TBX export and import against the database, for the CLI and the REST endpoints alike.
 * An import is checked whole first (the file, then its carriers against the database) and
 * written in one transaction: a refused file writes nothing, and lists every problem.
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { carrierIdsBySlug, loadConcepts, upsertConcepts } from './concepts'
import { conceptsToTbx, parseTbx, type TbxProblem } from './tbx'

export async function exportTbx(payload: Payload, req?: Partial<PayloadRequest>) {
  return conceptsToTbx(await loadConcepts(payload, req))
}

export type TbxImportResult =
  { ok: true; created: number; updated: number } | { ok: false; problems: TbxProblem[] }

export async function importTbx(payload: Payload, xml: string): Promise<TbxImportResult> {
  const { concepts, problems } = parseTbx(xml)
  const slugs = [...new Set(concepts.flatMap((c) => (c.carrier ? [c.carrier] : [])))]
  const carriers = await carrierIdsBySlug(payload, slugs)
  for (const concept of concepts)
    if (concept.carrier && !carriers.has(concept.carrier))
      problems.push({ entry: concept.key, message: `no carrier has the slug "${concept.carrier}"` })
  if (problems.length) return { ok: false, problems }

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const report = await upsertConcepts(payload, concepts, carriers, req)
    await commitTransaction(req)
    return { ok: true, ...report }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Problems as lines for a person: `termEntry tourist-sim: ru: needs exactly one preferred term`. */
export const problemLines = (problems: TbxProblem[]) =>
  problems.map((p) => (p.entry ? `termEntry ${p.entry}: ${p.message}` : p.message))
