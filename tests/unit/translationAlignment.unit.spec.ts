import { describe, expect, it } from 'vitest'

import { alignUnits, longestCommonSubsequence } from '../../src/translation/state/alignUnits'
import { confirmUnits, summarize, unitsAfterSave } from '../../src/translation/state/transitions'
import type { TranslationUnit } from '../../src/translation/units'

/** Units of one rich-text field whose hashes are their texts. */
const blocks = (...texts: string[]): TranslationUnit[] =>
  texts.map((text, index) => ({
    key: `body#${index}`,
    field: 'body',
    index,
    kind: 'paragraph',
    text,
    hash: text,
    path: [],
  }))

const align = (before: string[], after: string[]) =>
  alignUnits(
    blocks(...before),
    blocks(...after),
    (u) => u.hash,
    (u) => u.hash,
  ).map((a) => [a.origin?.text ?? null, a.changed])

describe('aligning zh blocks before and after a save', () => {
  it('finds a longest common subsequence', () => {
    expect(longestCommonSubsequence(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])).toEqual([
      [0, 0],
      [1, 2],
      [2, 3],
    ])
  })

  it('an inserted block continues nothing; the blocks after it continue themselves', () => {
    expect(align(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])).toEqual([
      ['a', false],
      [null, true],
      ['b', false],
      ['c', false],
    ])
  })

  it('an edited block continues the block it replaced, changed', () => {
    expect(align(['a', 'b', 'c'], ['a', 'B', 'c'])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
    ])
  })

  it('a removed block touches the block now in its place, or the last one at the end', () => {
    expect(align(['a', 'b', 'c'], ['a', 'c'])).toEqual([
      ['a', false],
      ['c', true],
    ])
    expect(align(['a', 'b', 'c'], ['a', 'b'])).toEqual([
      ['a', false],
      ['b', true],
    ])
  })

  it('a moved block: removed where it was (touching the block there), inserted where it is', () => {
    expect(align(['a', 'b', 'c'], ['b', 'c', 'a'])).toEqual([
      ['b', true],
      ['c', false],
      [null, true],
    ])
  })
})

describe('the state after a save', () => {
  const now = '2026-12-01T12:00:00.000Z'
  const ru = blocks('A', 'B', 'C')
  const first = unitsAfterSave({
    previous: undefined,
    source: blocks('a', 'b', 'c'),
    target: ru,
    targetSaved: true,
    minorEdit: false,
    now,
  })

  it('a zh insertion past the target’s end keeps the shifted blocks’ state', () => {
    const after = unitsAfterSave({
      previous: first,
      source: blocks('a', 'x', 'b', 'c'),
      target: ru,
      targetSaved: false,
      minorEdit: false,
      now,
    })
    expect(after.map((u) => u.state)).toEqual(['current', 'outdated', 'current', 'current'])
    expect(summarize(after, true)).toMatchObject({
      state: 'outdated',
      outdatedUnits: 1,
      outdatedSince: now,
    })
  })

  it('a target save that removes the text at a position makes that unit missing', () => {
    const after = unitsAfterSave({
      previous: first,
      source: blocks('a', 'b', 'c'),
      target: blocks('A', 'B'),
      targetSaved: true,
      minorEdit: false,
      now,
    })
    expect(after.map((u) => u.state)).toEqual(['current', 'current', 'missing'])
  })

  it('confirming makes outdated units current against today’s zh', () => {
    const after = unitsAfterSave({
      previous: first,
      source: blocks('a', 'B', 'c'),
      target: ru,
      targetSaved: false,
      minorEdit: false,
      now,
    })
    const confirmed = confirmUnits(after, ['body#1'])
    expect(confirmed[1]).toMatchObject({ state: 'current', translatedFromText: 'B' })
    expect(summarize(confirmed, true).state).toBe('current')
  })

  it('an untranslated document is missing whatever its units say', () => {
    expect(summarize(first, false)).toMatchObject({ state: 'missing', outdatedSince: null })
  })
})
