/**
 * Repairs for the text the `ics` library writes, so that the file is valid RFC 5545:
 * the library folds long lines by characters instead of octets, and writes every duration
 * with a "T" even when no hours, minutes or seconds follow ("-P2DT", "-PT").
 */

/** RFC 5545 §3.1: a line is at most 75 octets long, not counting its CRLF. */
const maxLineOctets = 75

/** Joins folded lines back into content lines (a CRLF followed by a space or tab continues a line). */
export function unfoldLines(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
}

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1
  if (codePoint < 0x800) return 2
  if (codePoint < 0x10000) return 3
  return 4
}

/**
 * Folds one content line into lines of at most 75 octets: each continuation starts with a space,
 * which counts towards its 75, and a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let part = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0)!)
    if (octets + size > maxLineOctets) {
      parts.push(part)
      part = ' '
      octets = 1
    }
    part += char
    octets += size
  }
  parts.push(part)
  return parts.join('\r\n')
}

/** A TRIGGER or DURATION line whose value ends in a "T" with no time after it. */
const emptyTimePart = /^((?:TRIGGER|DURATION)(?:;[^:]*)?:)([+-]?)P((?:\d+W)?(?:\d+D)?)T$/

/**
 * Drops the empty time part the library writes into durations: "-P2DT" becomes "-P2D",
 * and "-PT" (no length at all, an alarm at the very start) becomes "PT0S".
 */
export function withoutEmptyTimePart(line: string): string {
  return line.replace(emptyTimePart, (_, name: string, sign: string, days: string) =>
    days ? `${name}${sign}P${days}` : `${name}PT0S`,
  )
}

/** The library's output with valid durations, folded at 75 octets and ending in CRLF. */
export function repairIcsText(ics: string): string {
  return (
    unfoldLines(ics)
      .map((line) => foldLine(withoutEmptyTimePart(line)))
      .join('\r\n') + '\r\n'
  )
}
