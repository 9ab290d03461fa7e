import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** The paths the README's layout block names, each resolved against its parent folder line. */
function layoutPaths(): string[] {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Layout'))
  const block = section.slice(
    section.indexOf('```') + 3,
    section.indexOf('```', section.indexOf('```') + 3),
  )
  const parents: string[] = []
  return block
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const depth = (line.length - line.trimStart().length) / 2
      const name = line.trim().split(/\s+/)[0]
      parents.length = depth
      const full = [...parents, name].join('')
      if (name.endsWith('/')) parents[depth] = name
      return full
    })
}

const foldersOf = (dir: string) =>
  fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}${entry.name}/`)

describe("the README's layout", () => {
  it('names only paths that exist', () => {
    const paths = layoutPaths()
    expect(paths.length).toBeGreaterThan(20)
    const missing = paths.filter((p) => !fs.existsSync(path.join(root, p)))
    expect(missing).toEqual([])
  })

  it('lists every folder of src/, src/lib/ and tests/', () => {
    const listed = new Set(layoutPaths())
    const unlisted = ['src/', 'src/lib/', 'tests/']
      .flatMap(foldersOf)
      .filter((folder) => !listed.has(folder))
    expect(unlisted).toEqual([])
  })
})
