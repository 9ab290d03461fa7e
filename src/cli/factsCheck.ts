/**
 * `npm run facts:check [--days N]`: what an editor with a network re-checks. Lists every fact
 * and guide source whose check is older than N days (default: SIMATLAS_FACTS_STALE_AFTER_DAYS, 180) or missing, then every source
 * address once, with where it is used. Reads the database through the Local API (the launcher
 * starts the embedded Postgres when DATABASE_URL is unset); changes nothing.
 */
import type { Payload } from 'payload'

import { factsStaleAfterDays } from '@/content/factsStaleness'
import { isCompleteSource } from '@/content/sources'
import { readSourceUses, type SourceUse } from '@/lib/queries/factSources'

/** `--days N` (or `--days=N`) from the command's arguments. */
export function staleDaysFrom(args: string[]): number {
  const index = args.findIndex((a) => a === '--days' || a.startsWith('--days='))
  // The admin's and the pages' limit (SIMATLAS_FACTS_STALE_AFTER_DAYS, 180 by default).
  if (index === -1) return factsStaleAfterDays()
  const raw = args[index].includes('=') ? args[index].split('=')[1] : args[index + 1]
  const days = Number(raw)
  if (!Number.isSafeInteger(days) || days < 0)
    throw new Error(`--days takes a whole number of days (got ${JSON.stringify(raw)})`)
  return days
}

const where = (use: SourceUse) => `${use.collection}/${use.document} ${use.what}`

/** The stale and unchecked uses and the distinct URLs, as lines. */
export function factsCheckReport(uses: SourceUse[], days: number, now = new Date()): string[] {
  const limit = now.getTime() - days * 24 * 60 * 60 * 1000
  const stale = uses
    .filter((u) => !isCompleteSource(u.source) || Date.parse(u.source.checkedOn!) < limit)
    .sort((a, b) => (a.source.checkedOn ?? '').localeCompare(b.source.checkedOn ?? ''))
  const lines = [
    `Facts and sources checked more than ${days} days ago, or not checked: ${stale.length}`,
  ]
  for (const use of stale) {
    const checked = isCompleteSource(use.source)
      ? `checked ${use.source.checkedOn.slice(0, 10)}`
      : 'no complete source ("not verified yet")'
    lines.push(`  ${checked}  ${where(use)}  ${use.source.url ?? ''}`.trimEnd())
  }
  const byUrl = new Map<string, SourceUse[]>()
  for (const use of uses) {
    if (!use.source.url) continue
    byUrl.set(use.source.url, [...(byUrl.get(use.source.url) ?? []), use])
  }
  lines.push('', `Source addresses: ${byUrl.size}`)
  for (const [url, used] of [...byUrl].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${url}`, `    ${used.map(where).join(', ')}`)
  }
  return lines
}

export async function factsCheck(payload: Payload, args: string[]) {
  const days = staleDaysFrom(args)
  for (const line of factsCheckReport(await readSourceUses(payload), days)) console.log(line)
}
