/**
 * `npm run glossary -- export [--out FILE]` writes the glossary as TBX-Basic (to
 * simatlas-glossary.tbx without --out: stdout also carries the launcher's and Payload's lines); `npm run glossary -- import FILE` reads one, checks it whole and writes it in
 * one transaction — a refused file lists every problem, writes nothing and exits with 1.
 * Runs against the project's database (the launcher starts the embedded Postgres when
 * DATABASE_URL is unset). Returns the exit code.
 */
import fs from 'node:fs'
import type { Payload } from 'payload'

import { exportTbx, importTbx, problemLines } from '@/glossary/tbxTransfer'

const defaultOut = 'simatlas-glossary.tbx'
const usage = 'Usage: npm run glossary -- export [--out FILE] | import FILE'

function optionValue(args: string[], name: string): string | undefined {
  const index = args.findIndex((a) => a === name || a.startsWith(`${name}=`))
  if (index === -1) return undefined
  return args[index].includes('=') ? args[index].split('=').slice(1).join('=') : args[index + 1]
}

export async function glossaryCommand(payload: Payload, args: string[]): Promise<number> {
  const [action, ...rest] = args
  if (action === 'export') {
    const out = optionValue(rest, '--out')
    if (rest.includes('--out') && !out) {
      console.error(`--out needs a file name. ${usage}`)
      return 2
    }
    const tbx = await exportTbx(payload)
    fs.writeFileSync(out ?? defaultOut, tbx)
    console.error(`Glossary written to ${out ?? defaultOut} (TBX-Basic).`)
    return 0
  }
  if (action === 'import') {
    const file = rest[0]
    if (!file) {
      console.error(usage)
      return 2
    }
    let xml: string
    try {
      xml = fs.readFileSync(file, 'utf8')
    } catch (error) {
      console.error(`Cannot read ${file}: ${(error as Error).message}`)
      return 1
    }
    const result = await importTbx(payload, xml)
    if (!result.ok) {
      console.error(`${file} was refused; nothing was imported. Problems:`)
      for (const line of problemLines(result.problems)) console.error(`  ${line}`)
      return 1
    }
    console.error(
      `Imported ${file}: ${result.created} concepts created, ${result.updated} updated.`,
    )
    return 0
  }
  console.error(usage)
  return 2
}
