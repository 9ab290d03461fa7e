import { describe, expect, it } from 'vitest'

import { foldLine, repairIcsText, withoutEmptyTimePart } from '../../src/lib/icalendarLines'
import { parseReminder, ReminderInputError } from '../../src/lib/reminder'

const octets = (line: string) => Buffer.byteLength(line, 'utf8')

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = 'DESCRIPTION:' + 'a'.repeat(63)
    expect(foldLine(line)).toBe(line)
  })

  it('folds at 75 octets with CRLF and a space, and unfolds to the same text', () => {
    for (const text of [
      '远游卡今天到期'.repeat(10),
      'Продлите SIM-карту '.repeat(10),
      '😀x'.repeat(60),
    ]) {
      const line = `DESCRIPTION:${text}`
      const folded = foldLine(line)
      const parts = folded.split('\r\n')
      expect(parts.length, text).toBeGreaterThan(1)
      for (const part of parts) expect(octets(part), part).toBeLessThanOrEqual(75)
      for (const part of parts.slice(1)) expect(part.startsWith(' '), part).toBe(true)
      // Splitting a character would leave a lone surrogate or break the UTF-8 round trip.
      for (const part of parts) expect(part.isWellFormed(), part).toBe(true)
      expect(parts.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line)
    }
  })
})

describe('withoutEmptyTimePart', () => {
  it.each([
    ['TRIGGER:-P2DT', 'TRIGGER:-P2D'],
    ['TRIGGER:-PT', 'TRIGGER:PT0S'],
    ['DURATION:P1DT', 'DURATION:P1D'],
    ['DURATION:P1W2DT', 'DURATION:P1W2D'],
    ['TRIGGER:-PT15M', 'TRIGGER:-PT15M'],
    ['TRIGGER;RELATED=END:P1DT2H', 'TRIGGER;RELATED=END:P1DT2H'],
    ['SUMMARY:PT', 'SUMMARY:PT'],
  ])('%s becomes %s', (line, expected) => {
    expect(withoutEmptyTimePart(line)).toBe(expected)
  })
})

describe('repairIcsText', () => {
  it('re-folds lines the library folded by characters, with CRLF line ends', () => {
    const byCharacters = `BEGIN:VEVENT\r\nDESCRIPTION:${'远'.repeat(63)}\r\n\t${'游'.repeat(20)}\r\nEND:VEVENT\r\n`
    const repaired = repairIcsText(byCharacters)
    expect(repaired.endsWith('END:VEVENT\r\n')).toBe(true)
    for (const line of repaired.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
    expect(repaired.replace(/\r\n /g, '')).toBe(
      `BEGIN:VEVENT\r\nDESCRIPTION:${'远'.repeat(63)}${'游'.repeat(20)}\r\nEND:VEVENT\r\n`,
    )
  })
})

describe('parseReminder', () => {
  const parse = (activation: string) =>
    parseReminder(new URLSearchParams({ activation, days: '14' }))

  it('refuses dates that are not in the calendar instead of rolling them over', () => {
    for (const activation of [
      '2026-02-30',
      '2025-02-29',
      '2026-04-31',
      '2026-00-10',
      '2026-13-01',
    ]) {
      expect(() => parse(activation), activation).toThrow(ReminderInputError)
    }
  })

  it('accepts real dates, leap days included', () => {
    expect(parse('2028-02-29')).toEqual({ activation: '2028-02-29', days: 14, before: 2 })
    expect(parse('2026-12-31').activation).toBe('2026-12-31')
  })
})
