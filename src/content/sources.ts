/**
 * What makes a fact publishable: a complete source (https URL, title, language, checked date).
 * The pages, the seed's checks, `facts:check` and the "facts verified on" hook read it here.
 * A leaf module beside the constants.
 */
import type { FactKind, SourceLanguage } from './constants'

export type Source = {
  url?: string | null
  title?: string | null
  language?: SourceLanguage | string | null
  checkedOn?: string | null
}

export type Fact = { kind?: FactKind | string | null; text?: unknown; source?: Source | null }

/** A source every part of which is filled in, with an https address. */
export function isCompleteSource(source: Source | null | undefined): source is Required<{
  [K in keyof Source]: NonNullable<Source[K]>
}> {
  return Boolean(
    source &&
    typeof source.url === 'string' &&
    source.url.startsWith('https://') &&
    source.title &&
    source.language &&
    source.checkedOn &&
    !Number.isNaN(Date.parse(source.checkedOn)),
  )
}

/** The oldest check among complete sources, as an ISO date-time, or null when there is none. */
export function oldestCheck(sources: (Source | null | undefined)[]): string | null {
  const times = sources
    .filter(isCompleteSource)
    .map((s) => Date.parse(s.checkedOn))
    .sort((a, b) => a - b)
  return times.length ? new Date(times[0]).toISOString() : null
}

/** The host a source line names (`kcell.kz`, without `www.`). */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}
