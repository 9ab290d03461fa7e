/**
 * `npm run xliff -- export --locale ru [--collection guides] [--id N] [--only missing,outdated]
 * [--version 1.2|2.0] [--out FILE]` and `npm run xliff -- import FILE [--as email]`.
 *
 * Export reads the database (the running site's embedded Postgres when `npm start` is serving,
 * see launch.ts). Import is checked and applied by the running server when there is one — it
 * sends the file with a key derived from the Payload secret, so the server's page cache expires
 * and the site shows the text at once — and in this process otherwise. A refused import exits
 * with 1 after printing every problem with its unit id.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { commandLineKey, commandLineKeyHeader } from '@/translation/xliff/commandLineKey'
import { exportXliff } from '@/translation/xliff/exportXliff'
import { parseExportParams } from '@/translation/xliff/exportParams'
import { importXliff } from '@/translation/xliff/importXliff'
import { formatProblem } from '@/translation/xliff/xliffFile'

import { runningServerOrigin } from './runningServer'

const usage = `Usage:
  npm run xliff -- export --locale ru|en [--collection guides|faqs|carriers|channels] [--id N]
                          [--only missing,outdated,current] [--version 1.2|2.0] [--out FILE]
  npm run xliff -- import FILE [--as email]`

type Printer = { out: (text: string) => void; err: (text: string) => void }

async function exportCommand(payload: Payload, args: string[], print: Printer) {
  const { values } = parseArgs({
    args,
    options: {
      locale: { type: 'string' },
      collection: { type: 'string' },
      id: { type: 'string' },
      only: { type: 'string' },
      version: { type: 'string' },
      out: { type: 'string' },
    },
  })
  const { options, problems } = parseExportParams(values)
  if (!options) {
    problems.forEach((problem) => print.err(`✖ ${problem}`))
    return false
  }
  const { xml, documents, units } = await exportXliff(payload, options)
  if (values.out) fs.writeFileSync(values.out, xml)
  else print.out(xml)
  print.err(
    `Exported ${units} units of ${documents} documents (zh → ${options.locale}, XLIFF ${options.version})${values.out ? ` to ${values.out}` : ''}.`,
  )
  return true
}

type Report = {
  ok: boolean
  problems: string[]
  warnings: string[]
  written: { collection: string; id: number; units: number; mode: string }[]
  unchangedUnits?: number
}

/** Hands the file to the running server; its answer as a report. */
async function importOnServer(
  origin: string,
  xml: string,
  as: string | undefined,
): Promise<Report> {
  const secret = process.env.PAYLOAD_SECRET ?? ''
  const response = await fetch(`${origin}/api/xliff/import`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/xliff+xml',
      [commandLineKeyHeader]: commandLineKey(secret),
      ...(as ? { 'X-SimAtlas-As': as } : {}),
    },
    body: xml,
  })
  const json = (await response.json().catch(() => ({}))) as {
    errors?: { message: string }[]
    written?: Report['written']
    warnings?: string[]
    unchangedUnits?: number
  }
  if (!response.ok) {
    return {
      ok: false,
      problems: json.errors?.map((e) => e.message) ?? [`the server answered ${response.status}`],
      warnings: [],
      written: [],
    }
  }
  return {
    ok: true,
    problems: [],
    warnings: json.warnings ?? [],
    written: json.written ?? [],
    unchangedUnits: json.unchangedUnits,
  }
}

async function importLocally(
  payload: Payload,
  xml: string,
  as: string | undefined,
): Promise<Report> {
  let user: User | null = null
  if (as) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: as } },
      limit: 1,
      depth: 0,
    })
    if (!docs[0])
      return { ok: false, problems: [`No account has the email ${as}.`], warnings: [], written: [] }
    user = { ...docs[0], collection: 'users' } as User
  }
  const report = await importXliff(payload, xml, { user })
  return {
    ok: report.ok,
    problems: report.problems.map(formatProblem),
    warnings: report.warnings.map(formatProblem),
    written: report.written,
    unchangedUnits: report.unchangedUnits,
  }
}

async function importCommand(payload: Payload, args: string[], dataDir: string, print: Printer) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { as: { type: 'string' } },
  })
  if (positionals.length !== 1) {
    print.err(usage)
    return false
  }
  let xml: string
  try {
    xml = fs.readFileSync(positionals[0], 'utf8')
  } catch (error) {
    print.err(`✖ cannot read ${positionals[0]}: ${(error as Error).message}`)
    return false
  }
  const origin = await runningServerOrigin(dataDir)
  if (origin) print.err(`The site is running at ${origin}: it imports the file.`)
  const report = origin
    ? await importOnServer(origin, xml, values.as)
    : await importLocally(payload, xml, values.as)
  report.problems.forEach((problem) => print.err(`✖ ${problem}`))
  report.warnings.forEach((warning) => print.err(`! ${warning}`))
  if (!report.ok) {
    print.err(`Refused: ${report.problems.length} problem(s); nothing was written.`)
    return false
  }
  for (const { collection, id, units, mode } of report.written) {
    print.err(`✔ ${collection}/${id}: ${units} unit(s) ${mode}`)
  }
  print.err(
    `Imported: ${report.written.length} document(s) written, ${report.unchangedUnits ?? 0} unit(s) unchanged.`,
  )
  return true
}

/** Runs the command; false when it failed or was refused (the exit code is then 1). */
export async function xliffCommand(
  payload: Payload,
  args: string[],
  { dataDir, print }: { dataDir: string; print: Printer },
): Promise<boolean> {
  const [action, ...rest] = args
  try {
    if (action === 'export') return await exportCommand(payload, rest, print)
    if (action === 'import') return await importCommand(payload, rest, dataDir, print)
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      print.err(`✖ ${(error as Error).message}\n${usage}`)
      return false
    }
    throw error
  }
  print.err(usage)
  return false
}
