import { ContentFileError } from './contentFileFields'

const fence = '---'
const line = /^([A-Za-z][\w.]*):[ \t]*(.*)$/

/**
 * A Markdown content file's front matter and body. The front matter is a block of `key: value`
 * lines between `---` fences at the top: one line per field, the value either plain text to the
 * end of the line or, when it holds `: ` or starts with a quote, a JSON string (`"…"`). Nothing
 * else of YAML (no nesting, lists or multi-line values), so no YAML parser is needed and no text
 * is ever read as a number, a date or a boolean.
 */
export function splitFrontMatter(
  file: string,
  source: string,
): { fields: Record<string, string>; body: string } {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/)
  if (lines[0] !== fence) throw new ContentFileError(file, `must start with a "${fence}" line`)
  const end = lines.indexOf(fence, 1)
  if (end === -1) throw new ContentFileError(file, `front matter has no closing "${fence}" line`)
  const fields: Record<string, string> = {}
  for (let i = 1; i < end; i++) {
    if (lines[i].trim() === '') continue
    const match = line.exec(lines[i])
    if (!match) throw new ContentFileError(file, `line ${i + 1} is not "key: value"`)
    const [, name, raw] = match
    if (Object.hasOwn(fields, name))
      throw new ContentFileError(file, `line ${i + 1} repeats "${name}"`)
    fields[name] = raw.startsWith('"') ? jsonString(file, i + 1, raw) : raw.trim()
  }
  return {
    fields,
    body: lines
      .slice(end + 1)
      .join('\n')
      .trim(),
  }
}

function jsonString(file: string, lineNumber: number, raw: string): string {
  try {
    const value: unknown = JSON.parse(raw)
    if (typeof value === 'string') return value
  } catch {
    // reported below
  }
  throw new ContentFileError(file, `line ${lineNumber} has a quoted value that is not one string`)
}
